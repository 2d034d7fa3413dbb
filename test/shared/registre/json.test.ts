import { describe, expect, it } from 'vitest';
import { ecrireRegistreJson, lireRegistreJson, type Registre } from '../../../shared/registre/format';

const convention = {
  id: 'dgefp-2024-03-28',
  type: 'delegation-de-gestion',
  delegant: { sigle: 'DGEFP' },
  delegataire: { sigle: 'DINUM' },
  dateFin: '2025-12-31',
  echeancier: [
    { annee: 2024, ae: 250000000, cp: 190000000 },
    { annee: 2025, ae: null, cp: 60000000 },
  ],
};

function erreurs(texte: string) {
  const r = lireRegistreJson(texte);
  if (r.ok) throw new Error('registre accepté à tort');
  return r.erreurs;
}

describe('lireRegistreJson', () => {
  it('lit un registre minimal et complète les listes absentes', () => {
    const r = lireRegistreJson(JSON.stringify({ version: 1, conventions: [convention] }));
    expect(r).toEqual({
      ok: true,
      registre: { version: 1, conventions: [convention], executions: [], startups: [], incubateurs: [] },
    });
  });

  it('accepte un BOM et une date de génération', () => {
    const r = lireRegistreJson(`\ufeff${JSON.stringify({ version: 1, genereLe: '2026-08-20T10:00:00Z', conventions: [] })}`);
    expect(r.ok && r.registre.genereLe).toBe('2026-08-20T10:00:00Z');
  });

  it('garde les champs modifiés à la main, leur première lecture (même null ou un échéancier) et leur date', () => {
    const modificationsManuelles = {
      dateFin: { valeurLue: '2025-06-30', le: '2026-01-12' },
      echeancier: { valeurLue: [{ annee: 2024, ae: 100, cp: null }], le: '2026-01-12T09:30:00Z' },
      'chorus.centreFinancier': { valeurLue: null, le: '2026-01-12' },
    };
    const r = lireRegistreJson(JSON.stringify({ version: 1, conventions: [{ ...convention, modificationsManuelles }] }));
    expect(r.ok && r.registre.conventions[0]!.modificationsManuelles).toEqual(modificationsManuelles);
    if (r.ok) expect(lireRegistreJson(ecrireRegistreJson(r.registre))).toEqual(r);
    const [sansValeur] = erreurs(JSON.stringify({ version: 1, conventions: [{ ...convention, modificationsManuelles: { uo: { le: '2026-01-12' } } }] }));
    expect(sansValeur!.message).toContain('valeur lue absente : écrivez null quand rien n’a été lu');
    const [sansDate] = erreurs(JSON.stringify({ version: 1, conventions: [{ ...convention, modificationsManuelles: { uo: { valeurLue: 'A', le: 'hier' } } }] }));
    expect(sansDate!.message).toContain('date attendue au format AAAA-MM-JJ');
  });

  it('situe une erreur de syntaxe par sa ligne et sa colonne', () => {
    const [e, ...autres] = erreurs('{\n  "version": 1,\n  "conventions": [],\n}\n');
    expect(autres).toEqual([]);
    expect(e!.ligne).toBe(4);
    expect(e!.message).toMatch(/^Ligne 4, colonne \d+ : JSON illisible : vérifiez les virgules, guillemets et accolades à cet endroit/);
  });

  it('situe aussi un caractère en trop après un JSON complet, message commençant par sa ligne (contre-exemple du fuzz : « 0\\u0000 »)', () => {
    const [e, ...autres] = erreurs('0\u0000');
    expect(autres).toEqual([]);
    expect(e).toEqual({ ligne: 1, message: expect.stringMatching(/^Ligne 1, colonne 2 : JSON illisible/) });
  });

  it('refuse un texte vide ou autre chose qu’un objet', () => {
    expect(erreurs('  ')).toEqual([{ message: 'Le fichier JSON est vide.' }]);
    expect(erreurs('[1, 2]')[0]!.message).toMatch(/^Le registre doit être un objet JSON/);
  });

  it('nomme la ligne, la convention et le champ de chaque erreur, en français', () => {
    const texte = [
      '{',
      '  "version": 2,',
      '  "conventions": [',
      '    {',
      '      "id": "dgefp-2024",',
      '      "type": "delegation",',
      '      "delegant": {}, "delegataire": {},',
      '      "dateFin": "31/12/2025",',
      '      "echeancier": [{ "annee": 2024, "ae": 12.5, "cp": "100" }]',
      '    },',
      '    { "type": "avenant", "delegant": {}, "delegataire": {}, "echeancier": [] }',
      '  ]',
      '}',
    ].join('\n');
    const liste = erreurs(texte);
    expect(liste.map((e) => [e.ligne, e.champ])).toEqual([
      [2, 'version'],
      [6, 'conventions[0].type'],
      [8, 'conventions[0].dateFin'],
      [9, 'conventions[0].echeancier[0].ae'],
      [9, 'conventions[0].echeancier[0].cp'],
      [11, 'conventions[1].id'],
    ]);
    expect(liste[0]!.message).toBe('Ligne 2, champ « version » : valeur 2 non reconnue ; valeurs possibles : « 1 ».');
    expect(liste[1]!.message).toBe(
      'Ligne 6, convention n° 1 (« dgefp-2024 »), champ « type » : valeur « delegation » non reconnue ; valeurs possibles : « delegation-de-gestion », « partenariat-fast », « avenant ».',
    );
    expect(liste[2]!.message).toBe('Ligne 8, convention n° 1 (« dgefp-2024 »), champ « dateFin » : date attendue au format AAAA-MM-JJ («\u00a031/12/2025\u00a0» trouvé).');
    expect(liste[3]!.message).toMatch(/champ « echeancier\[0\]\.ae » : un nombre entier attendu, 12\.5 trouvé\. Les montants sont des nombres entiers de centimes/);
    expect(liste[4]!.message).toMatch(/champ « echeancier\[0\]\.cp » : un nombre entier attendu, « 100 » trouvé\./);
    expect(liste[5]!.message).toBe('Ligne 11, convention n° 2, champ « id » : champ obligatoire absent.');
  });

  it('refuse les identifiants en double et les exécutions sans convention', () => {
    const texte = JSON.stringify(
      {
        version: 1,
        conventions: [convention, convention],
        executions: [{ conventionId: 'inconnue', lignes: [] }],
      },
      null,
      2,
    );
    const liste = erreurs(texte);
    expect(liste.map((e) => e.champ)).toEqual(['conventions[1].id', 'executions[0].conventionId']);
    expect(liste[0]!.message).toMatch(/^Ligne \d+, convention n° 2, champ « id » : l'identifiant « dgefp-2024-03-28 » est déjà celui de la convention n° 1\./);
    expect(liste[1]!.message).toMatch(/aucune convention n'a l'identifiant « inconnue »/);
  });

  it('liste toutes les erreurs jusqu’à 50, puis dit combien il en reste', () => {
    const conventions = Array.from({ length: 120 }, (_, i) => ({ ...convention, id: `c${i}`, echeancier: [{ annee: 2024, ae: 0.5, cp: 0 }] }));
    const liste = erreurs(JSON.stringify({ version: 1, conventions }));
    expect(liste).toHaveLength(51);
    expect(liste[49]!.champ).toBe('conventions[49].echeancier[0].ae');
    expect(liste[50]!.message).toBe('… et 70\u00a0autres erreurs (corrigez les premières puis réimportez).');
  });
});

describe('ecrireRegistreJson', () => {
  it('écrit les champs dans l’ordre du schéma, quel que soit l’ordre de construction', () => {
    const a: Registre = { version: 1, conventions: [convention as Registre['conventions'][number]], executions: [], startups: [], incubateurs: [] };
    const b = { incubateurs: [], startups: [], executions: [], conventions: [{ ...convention, echeancier: convention.echeancier }].map((c) => ({ echeancier: c.echeancier, delegataire: c.delegataire, delegant: c.delegant, dateFin: c.dateFin, type: c.type, id: c.id })), version: 1 } as unknown as Registre;
    expect(ecrireRegistreJson(b)).toBe(ecrireRegistreJson(a));
    expect(ecrireRegistreJson(a).endsWith('}\n')).toBe(true);
    const relu = lireRegistreJson(ecrireRegistreJson(a));
    expect(relu).toEqual({ ok: true, registre: a });
  });
});
