import { describe, expect, it } from 'vitest';
import { REGLAGES_PAR_DEFAUT, Reglages, lireRequete, motifOrigine } from '../../../extension/lib/messages';

describe('messages : validation', () => {
  it('accepte les requêtes bien formées', () => {
    for (const m of [
      { type: 'conventions-startup', slug: 'classe-a-12' },
      { type: 'conventions-incubateur', id: 'mission-apprentissage' },
      { type: 'conventions-startups', slugs: ['a', 'b.c'] },
      { type: 'rechercher', requete: '', limite: 10 },
      { type: 'detail', conventionId: 'dgefp-2024-03-28' },
      { type: 'importer', contenu: '{}', format: 'json', confirmer: true },
      { type: 'exporter', format: 'csv' },
      { type: 'synchroniser' },
      { type: 'etat-synchro' },
      { type: 'reinitialiser' },
      { type: 'reglages-lire' },
      { type: 'reglages-ecrire', reglages: { synchro: { url: 'https://exemple.fr/registre.json' } } },
      { type: 'inventaire' },
      { type: 'ouvrir-detail', conventionId: 'x' },
    ]) {
      expect(lireRequete(m), JSON.stringify(m)).toMatchObject({ ok: true });
    }
  });

  it.each([
    [null, 'champ « type » manquant'],
    ['texte', 'champ « type » manquant'],
    [{ slug: 'x' }, 'champ « type » manquant'],
    [{ type: 'effacer-tout' }, 'type de message inconnu'],
    [{ type: 'conventions-startup' }, 'champ « slug »'],
    [{ type: 'conventions-startup', slug: '' }, 'identifiant vide'],
    [{ type: 'conventions-startups', slugs: 'a' }, 'champ « slugs »'],
    [{ type: 'rechercher', requete: 'a', limite: 0 }, 'champ « limite »'],
    [{ type: 'exporter', format: 'xml' }, 'champ « format »'],
    [{ type: 'reglages-ecrire', reglages: { synchro: { url: 'ftp://x' } } }, 'https://'],
  ])('refuse %j avec un message français', (m, attendu) => {
    const r = lireRequete(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur).toContain(attendu);
      expect(r.erreur).toMatch(/^Message invalide/);
    }
  });

  it('les réglages par défaut sont valides', () => {
    expect(Reglages.parse(REGLAGES_PAR_DEFAUT)).toEqual(REGLAGES_PAR_DEFAUT);
  });

  it('motif d’autorisation pour une origine', () => {
    expect(motifOrigine('https://exemple.fr:8443/data/registre.json?x=1')).toBe('https://exemple.fr/*');
    expect(motifOrigine('nimporte')).toBeNull();
  });
});

describe('une seule limite d’import', () => {
  it('le message d’import accepte un contenu de la taille limite et refuse un caractère de plus ; la couche document a la même limite', async () => {
    const { TAILLE_IMPORT } = await import('../../../extension/lib/limites');
    const { OCTETS_MAX } = await import('../../../shared/lecture/document/limites');
    const { TAILLE_MAXIMALE } = await import('../../../shared/texte/fichier');
    expect(TAILLE_IMPORT).toBe(20 * 1024 * 1024);
    expect(OCTETS_MAX).toBe(TAILLE_MAXIMALE);
    expect(TAILLE_IMPORT).toBe(TAILLE_MAXIMALE);
    expect(lireRequete({ type: 'importer', contenu: ' '.repeat(TAILLE_IMPORT) }).ok).toBe(true);
    const trop = lireRequete({ type: 'importer', contenu: ' '.repeat(TAILLE_IMPORT + 1) });
    expect(!trop.ok && trop.erreur.replace(/\u00a0/g, ' ')).toBe('Message invalide (importer) : champ « contenu » : fichier trop gros (20 Mo au plus).');
  });
});
