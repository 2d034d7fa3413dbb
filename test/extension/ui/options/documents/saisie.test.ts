// The review form's values: read from the convention, and the user's corrections read back like
// a document (French dates, amounts as typed); anything unreadable names its field.
import { describe, expect, it } from 'vitest';
import { appliquerSaisie, saisieInitiale } from '../../../../../extension/ui/options/documents/saisie';
import { conventionDeTest } from '../../../../aides/conventions';

describe('saisie de la revue', () => {
  it('reprend la convention telle quelle quand rien n’est corrigé', () => {
    const c = conventionDeTest({ uo: '0103-CEFP-C004', sources: { dateFin: 12 } });
    const s = saisieInitiale(c);
    expect(s.echeancier[1]).toEqual({ annee: 2025, ae: '', cp: expect.stringMatching(/^600\s000\s€$/) });
    expect(appliquerSaisie(c, s)).toEqual({ ok: true, convention: c });
  });

  it('lit une date et un montant corrigés à la française', () => {
    const c = conventionDeTest();
    const s = saisieInitiale(c);
    const r = appliquerSaisie(c, { ...s, dateFin: '30 juin 2025', echeancier: s.echeancier.map((l) => (l.annee === 2025 ? { ...l, ae: '1,2 M€' } : l)) });
    expect(r.ok && r.convention.dateFin).toBe('2025-06-30');
    expect(r.ok && r.convention.echeancier[1]).toEqual({ annee: 2025, ae: 120_000_000, cp: 60_000_000 });
  });

  it('nomme chaque champ illisible, et une fin avant la signature', () => {
    const c = conventionDeTest();
    const s = saisieInitiale(c);
    const r = appliquerSaisie(c, { ...s, dateSignature: '2026-01-01', dateFin: '2025-12-31', echeancier: [{ annee: 2024, ae: 'beaucoup', cp: '' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreurs[0]).toMatch(/^AE 2024 : /);
      expect(r.erreurs).toContain('Date de fin : elle précède la date de signature.');
    }
  });
});
