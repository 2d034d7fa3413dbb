import { describe, expect, it } from 'vitest';
import { analyserRegistre, grilleTexte, provenanceDesLignes, trouverEntete } from '../../../../../sheets-addon/src/sheets/serveur/registre';
import { dispositionRegistre, nomLibre } from '../../../../../sheets-addon/src/sheets/serveur/disposition-registre';
import { COLONNES } from '../../../../../shared/registre/csv/colonnes';

describe('registre dans une feuille', () => {
  it('lit les cellules comme le lecteur CSV : nombres par leur valeur, dates ISO, booléens en vrai/faux', () => {
    expect(grilleTexte([[2023, 1900000.5, new Date(2024, 2, 28), true, ' x ', null]])).toEqual([['2023', '1900000,5', '2024-03-28', 'VRAI', 'x', '']]);
  });

  it('trouve l’en-tête sous un titre, avec les noms que les gens donnent aux colonnes', () => {
    const entete = trouverEntete([['Registre 2024'], [], ['Convention', 'Exercice', 'AE', 'CP', 'Date de fin']]);
    expect(entete?.rang).toBe(2);
    expect([...entete!.colonnes]).toEqual([['id', 0], ['annee', 1], ['ae', 2], ['cp', 3], ['date_fin', 4]]);
    expect(trouverEntete([['Année', 'AE', 'CP']])).toBeNull();
  });

  it('place les lignes d’échéancier et d’exécution comme le lecteur les range', () => {
    const lignes = [
      ['id', 'annee', 'ae', 'cp', 'cp_payes', 'nature'],
      ['a', '2024', '1', '1', '', ''],
      ['b', '2024', '1', '1', '1', ''],
      ['a', '2025', '', '', '1', 'execution'],
      ['a', '', '', '', '', ''],
    ];
    const colonnes = trouverEntete(lignes)!.colonnes;
    expect(provenanceDesLignes(lignes, colonnes)).toEqual(
      new Map([
        ['a', { toutes: [1, 3, 4], echeancier: [1], execution: [3] }],
        ['b', { toutes: [2], echeancier: [2], execution: [2] }],
      ]),
    );
  });

  it('met un constat d’exécution sur sa cellule', () => {
    const analyse = analyserRegistre({
      valeurs: [
        ['id', 'date_signature', 'date_fin', 'annee', 'ae', 'cp', 'ae_engagees'],
        ['a', '2024-01-15', '2025-12-31', 2024, 100, 100, 150],
      ],
      origine: { ligne: 1, colonne: 1 },
      aujourdhui: '2025-06-15',
    });
    expect(analyse.trouve).toBe(true);
    if (!analyse.trouve) return;
    const engage = analyse.constats.find((c) => c.position?.champ === 'execution.lignes.0.aeEngagees');
    expect(engage).toMatchObject({ cellule: 'G2', conventionId: 'a' });
  });
});

describe('disposition du registre', () => {
  it('donne toutes les colonnes de `jauge registre construire`, dans son ordre, chacune avec sa note', () => {
    const { entete, notes } = dispositionRegistre();
    expect(entete).toEqual([...COLONNES]);
    expect(notes.every((n) => /^[A-ZÉa-z].{10,}[.)]$/.test(n))).toBe(true);
  });

  it('prend le premier nom libre, sans jamais reprendre une feuille existante', () => {
    const prises = new Set(['Registre Jauge', 'Registre Jauge 2']);
    expect(nomLibre((n) => prises.has(n))).toBe('Registre Jauge 3');
    expect(nomLibre(() => false)).toBe('Registre Jauge');
  });
});
