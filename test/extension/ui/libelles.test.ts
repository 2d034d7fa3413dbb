import { describe, expect, it } from 'vitest';
import { libelleChamp, libelleGravite, libellePosition, libelleType, phraseStatut, pluriel } from '../../../extension/ui/libelles';

const espaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('libellés', () => {
  it('accorde en nombre à la française (0 et 1 au singulier)', () => {
    expect(pluriel(0, 'constat')).toBe('0 constat');
    expect(pluriel(1, 'constat')).toBe('1 constat');
    expect(pluriel(2, 'constat')).toBe('2 constats');
    expect(espaces(pluriel(10001, 'ligne'))).toBe('10 001 lignes');
    expect(pluriel(3, 'mois', 'mois')).toBe('3 mois');
  });

  it('dit le statut en phrase', () => {
    expect(phraseStatut('en-cours', 37)).toBe('En cours, fin dans 37 jours');
    expect(phraseStatut('en-cours', 1)).toBe('En cours, fin dans 1 jour');
    expect(phraseStatut('en-cours', 0)).toBe("En cours, se termine aujourd'hui");
    expect(phraseStatut('en-cours', null)).toBe('En cours, date de fin inconnue');
    expect(phraseStatut('echue', -3)).toBe('Échue depuis 3 jours');
    expect(phraseStatut('a-venir', 120)).toBe('À venir');
  });

  it('nomme une position de ligne, de cellule ou de champ', () => {
    expect(libellePosition({ ligne: 12 })).toBe('ligne 12');
    expect(libellePosition({ cellule: 'C4', ligne: 4, colonne: 3 })).toBe('cellule C4');
    expect(libellePosition({ ligne: 3, champ: 'dateFin' })).toBe('ligne 3, date de fin');
    expect(libellePosition(null)).toBe('');
  });

  it('dit les champs du modèle en mots, et une ligne de l’échéancier par son année', () => {
    const echeancier = [{ annee: 2024, ae: 1, cp: 1 }];
    expect(libelleChamp('chorus.activites.0')).toBe('activité Chorus');
    expect(libelleChamp('chorus.centreFinancier')).toBe('centre financier');
    expect(libelleChamp('echeancier.0.ae', echeancier)).toBe('AE 2024');
    expect(libelleChamp('echeancier.3.cp', echeancier)).toBe("CP ligne 4 de l'échéancier");
    expect(libelleChamp('echeancier.0', echeancier)).toBe('échéancier 2024');
    expect(libelleChamp('inconnu.x')).toBe('un champ');
    expect(libelleChamp('conventions[7].dateFin'.replace(/^conventions\[\d+\]\./, ''))).toBe('date de fin');
  });

  it('traduit gravités et types', () => {
    expect(libelleGravite('avertissement')).toBe('Avertissement');
    expect(libelleType('partenariat-fast')).toBe('Partenariat FAST');
    expect(libelleType('delegation-de-gestion')).toBe('Délégation de gestion');
  });
});
