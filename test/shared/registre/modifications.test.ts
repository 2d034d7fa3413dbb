import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { champsModifies, marquerModifications, valeurAuChemin } from '../../../shared/registre/modifications';
import { registreParDefaut } from '../../../shared/registre/defaut';

const dgefp = registreParDefaut.conventions.find((c) => c.id === 'dgefp-2024-03-28')!;
const lue: Convention = { ...dgefp, sources: { dateFin: 12, programme: 30, 'echeancier.0.ae': 40, 'echeancier.1.cp': 41 } };

describe('modifications manuelles', () => {
  it('lit une valeur par son chemin ; une liste vide ou un champ absent valent null', () => {
    expect(valeurAuChemin(dgefp, 'chorus.centreFinancier')).toBe('0103-CEFP-C004');
    expect(valeurAuChemin(dgefp, 'montantFast')).toBeNull();
    expect(valeurAuChemin({ ...dgefp, startups: [] }, 'startups')).toBeNull();
  });

  it('marque chaque champ changé avec sa première lecture et la date, retire les lignes sources de ces champs', () => {
    const apres: Convention = { ...lue, dateFin: '2025-06-30', programme: 'abc', echeancier: [{ annee: 2024, ae: 1, cp: 1 }], startups: ['tdb-apprentissage'] };
    expect(champsModifies(lue, apres)).toEqual(['dateFin', 'programme', 'echeancier', 'startups']);
    const marquee = marquerModifications(lue, apres, '2026-01-12');
    expect(marquee.modificationsManuelles).toEqual({
      dateFin: { valeurLue: '2025-12-31', le: '2026-01-12' },
      programme: { valeurLue: '0103', le: '2026-01-12' },
      echeancier: { valeurLue: dgefp.echeancier, le: '2026-01-12' },
      startups: { valeurLue: null, le: '2026-01-12' },
    });
    expect(marquee.sources).toBeUndefined();
    // Edited again: the first reading stays; brought back to it: unmarked.
    const encore = marquerModifications(marquee, { ...marquee, dateFin: '2025-09-30', programme: '0103' }, '2026-02-01');
    expect(encore.modificationsManuelles).toEqual({
      dateFin: { valeurLue: '2025-12-31', le: '2026-02-01' },
      echeancier: { valeurLue: dgefp.echeancier, le: '2026-01-12' },
      startups: { valeurLue: null, le: '2026-01-12' },
    });
  });

  it('ne marque rien quand rien ne change, même si les clés sont dans un autre ordre', () => {
    const meme = JSON.parse(JSON.stringify({ ...lue, chorus: Object.fromEntries(Object.entries(lue.chorus!).reverse()) })) as Convention;
    expect(champsModifies(lue, meme)).toEqual([]);
    expect(marquerModifications(lue, meme, '2026-01-12')).toEqual(lue);
  });
});
