import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import fc from 'fast-check';
import { registreDepuisGrille } from '../../../shared/registre/csv/lecture';
import { ecrireRegistreCsv, lireRegistreCsv, type Registre } from '../../../shared/registre/format';
import { conventionDeTest } from '../../aides/conventions';
import { registreCsv } from './arbitraires';

function lu(texte: string): Registre {
  const r = lireRegistreCsv(texte);
  if (!r.ok) throw new Error(r.erreurs.map((e) => e.message).join('\n'));
  return r.registre;
}

function erreurs(texte: string) {
  const r = lireRegistreCsv(texte);
  if (r.ok) throw new Error('registre accepté à tort');
  return r.erreurs;
}

const ENTETE = 'id;type;delegant;delegataire;date_signature;date_fin;uo;programme;centre_financier;startups;incubateur;annee;ae;cp;ae_engagees;cp_payes';

describe('lireRegistreCsv', () => {
  it('lit une ligne par convention et par année', () => {
    const texte = [
      ENTETE,
      'dgefp-2024;delegation-de-gestion;DGEFP;DINUM;2024-03-28;2025-12-31;0103-CEFP-C004;0103;0103-CEFP-C004;;mission-apprentissage;2024;2 500 000,00;1 900 000,00;2 000 000;1 000 000',
      'dgefp-2024;;;;;;;;;;;2025;;600000;;',
      'menjs-2021;Délégation de gestion;MENJS;DINUM;26/01/2021;31 décembre 2021;;0214;;classe-a-12 | autre;;2021;50000;50000;;',
    ].join('\r\n');
    expect(lu(texte)).toEqual({
      version: 1,
      conventions: [
        // The sample DGEFP 2024 convention (its two years are the first two rows), with its references.
        conventionDeTest({
          id: 'dgefp-2024',
          uo: '0103-CEFP-C004',
          programme: '0103',
          chorus: { centreFinancier: '0103-CEFP-C004' },
          incubateur: 'mission-apprentissage',
        }),
        {
          id: 'menjs-2021',
          type: 'delegation-de-gestion',
          delegant: { sigle: 'MENJS' },
          delegataire: { sigle: 'DINUM' },
          dateSignature: '2021-01-26',
          dateFin: '2021-12-31',
          programme: '0214',
          startups: ['classe-a-12', 'autre'],
          echeancier: [{ annee: 2021, ae: 5000000, cp: 5000000 }],
        },
      ],
      executions: [{ conventionId: 'dgefp-2024', lignes: [{ annee: 2024, aeEngagees: 200000000, cpPayes: 100000000 }] }],
      startups: [],
      incubateurs: [],
    });
  });

  it('accepte les en-têtes en majuscules, accentués ou en alias, et la virgule comme séparateur', () => {
    const r = lu('Identifiant,Exercice,AE,CP,Date de fin\nx,2024,100,50,31/12/2024\n');
    expect(r.conventions[0]).toMatchObject({ id: 'x', dateFin: '2024-12-31', echeancier: [{ annee: 2024, ae: 10000, cp: 5000 }] });
  });

  it('nomme la ligne et le champ : « Ligne 3, champ « ae » : montant ambigu… »', () => {
    const [e, ...autres] = erreurs('id;annee;ae;cp\nx;2024;100;100\nx;2025;1.900;0\n');
    expect(autres).toEqual([]);
    expect(e).toMatchObject({ ligne: 3, champ: 'ae' });
    expect(e!.message).toMatch(/^Ligne 3, champ « ae » : montant ambigu : «\s1\.900\s» peut se lire 1\s900\s€ ou 1,9\s€/);
  });

  it('refuse tout le fichier et liste chaque erreur (tout ou rien)', () => {
    const liste = erreurs(
      [
        'id;annee;ae;cp;date_fin;nature',
        'a;2024;100;100;31/12/2024;',
        ';2024;1;1;;',
        'a;24;1;1;;',
        'a;2025;1;1;2025-12-31;',
        'b;2024;1;1;;autre',
        'b;2024;5;;;execution',
        'b;;7;;;',
        'c;2024;1;1;;;en trop',
      ].join('\n'),
    );
    expect(liste.map((e) => [e.ligne, e.champ])).toEqual([
      [3, 'id'],
      [4, 'annee'],
      [5, 'date_fin'],
      [6, 'nature'],
      [7, 'ae'],
      [8, 'annee'],
      [9, undefined],
    ]);
    expect(liste[0]!.message).toBe('Ligne 3, champ « id » : identifiant de convention vide. Chaque ligne dit à quelle convention elle appartient.');
    expect(liste[1]!.message).toBe("Ligne 4, champ « annee » : «\u00a024\u00a0» n'est pas une année : écrivez-la sur quatre chiffres, de 1900 à 2199 (« 2024 »).");
    expect(liste[2]!.message).toBe(
      "Ligne 5, champ « date_fin » : « 2025-12-31 » diffère de « 31/12/2024 », donné pour la convention « a » à la ligne 2. Une convention n'a qu'une valeur par champ.",
    );
    expect(liste[3]!.message).toMatch(/^Ligne 6, champ « nature » : « autre » inconnu/);
    expect(liste[4]!.message).toMatch(/^Ligne 7, champ « ae » : une ligne « execution » ne porte que/);
    expect(liste[5]!.message).toMatch(/^Ligne 8, champ « annee » : année vide alors que la ligne a des montants/);
    expect(liste[6]!.message).toMatch(/^Ligne 9 : 7 champs alors que l'en-tête en nomme 6/);
  });

  it('accepte la même valeur écrite autrement sur une autre ligne de la convention', () => {
    const r = lu('id;annee;ae;cp;date_fin;plafond_ae\na;2024;1;1;31/12/2024;2 000 000\na;2025;1;1;2024-12-31;2000000\n');
    expect(r.conventions[0]).toMatchObject({ dateFin: '2024-12-31', plafond: { ae: 200000000 } });
  });

  it("vérifie l'en-tête : colonnes obligatoires, inconnues, en double", () => {
    expect(erreurs('id;ae;cp\nx;1;1\n')[0]!.message).toBe(
      "Ligne 1 : colonne obligatoire absente : « annee ». L'en-tête doit nommer au moins id, annee, ae et cp.",
    );
    const liste = erreurs('id;annee;ae;cp;date_fn;AE;montant_fst;zzz\nx;2024;1;1;;;;\n');
    expect(liste.map((e) => e.message)).toEqual([
      'Ligne 1, colonne « date_fn » : colonne inconnue : vouliez-vous écrire « date_fin » ?',
      'Ligne 1, colonne « AE » : la colonne « ae » figure deux fois.',
      'Ligne 1, colonne « montant_fst » : colonne inconnue : vouliez-vous écrire « montant_fast » ?',
      'Ligne 1, colonne « zzz » : colonne inconnue.',
      // The known columns once, however many are unknown.
      expect.stringMatching(/^Ligne 1 : colonnes reconnues : id, type, titre, .*, nature\.$/),
    ]);
  });

  it('compte les lignes du fichier, même avec un champ sur plusieurs lignes', () => {
    const [e] = erreurs('id;titre;annee;ae;cp\na;"deux\nlignes";2024;1;1\na;;2025;x;1\n');
    expect(e).toMatchObject({ ligne: 4, champ: 'ae' });
  });

  it('compte les lignes après un champ sur plusieurs lignes, y compris dans un conflit qui cite une ligne antérieure', () => {
    const liste = erreurs('id;titre;annee;ae;cp;date_fin\r\na;"un\r\ndeux\r\ntrois";2024;1;1;31/12/2024\r\na;;2025;1;1;2025-12-31\r\n');
    expect(liste).toEqual([
      {
        ligne: 5,
        champ: 'date_fin',
        message: "Ligne 5, champ « date_fin » : « 2025-12-31 » diffère de « 31/12/2024 », donné pour la convention « a » à la ligne 2. Une convention n'a qu'une valeur par champ.",
      },
    ]);
    // Old Mac line breaks (CR alone): one file line per CSV line.
    expect(erreurs('id;annee;ae;cp\rx;2024;1;1\rx;2025;x;1\r')[0]).toMatchObject({ ligne: 3, champ: 'ae' });
  });

  it('explique une erreur de formule ou une formule exportée dans un montant ou une date', () => {
    const liste = erreurs('id;annee;ae;cp;date_fin\nx;2024;#REF!;=SOMME(C2:C3);#N/A\n');
    expect(liste.map((e) => e.message)).toEqual([
      "Ligne 2, champ « date_fin » : erreur de formule «\u00a0#N/A\u00a0» (la formule ne trouve pas la valeur cherchée, recherche sans résultat). Corrigez la formule ou écrivez la date à la main.",
      'Ligne 2, champ « ae » : erreur de formule «\u00a0#REF!\u00a0» (la formule désigne une cellule qui n\u2019existe plus, ligne ou colonne supprimée). Corrigez la formule ou écrivez le montant à la main.',
      'Ligne 2, champ « cp » : formule non calculée «\u00a0=SOMME(C2:C3)\u00a0». Exportez les valeurs calculées plutôt que les formules, ou écrivez le montant à la main.',
    ]);
  });

  it('lit le même registre depuis le texte (au fil des lignes) et depuis sa grille, erreurs et lignes comprises', () => {
    fc.assert(
      fc.property(registreCsv, fc.nat(30), fc.constantFrom('', '"deux\nlignes"', '1.900', '#REF!'), (r, n, intrus) => {
        const lignes = ecrireRegistreCsv(r).split('\r\n');
        // Spoil one cell of one line (a multi-line text, an ambiguous amount, an error value).
        const k = 1 + (n % Math.max(1, lignes.length - 2));
        if (intrus !== '' && lignes[k]) lignes[k] = lignes[k].replace(/;[^;]*$/, `;${intrus}`);
        const texte = lignes.join('\r\n');
        const grille = lireCsv(texte);
        if (!grille.ok) return;
        expect(lireRegistreCsv(texte)).toEqual(registreDepuisGrille(grille.grille));
      }),
      { numRuns: 300 },
    );
  });

  it('lit les années laissées à un avenant (annees_par_avenant), triées, et refuse une année illisible', () => {
    expect(lu('id;annee;ae;cp;annees_par_avenant\nx;2024;1;1;2027 | 2026\nx;2025;1;1;2026|2027\n').conventions[0]!.anneesParAvenant).toEqual([2026, 2027]);
    expect(erreurs('id;annee;ae;cp;annees_par_avenant\nx;2024;1;1;2026 | 26\n')).toEqual([
      {
        ligne: 2,
        champ: 'annees_par_avenant',
        message: "Ligne 2, champ « annees_par_avenant » : «\u00a026\u00a0» n'est pas une année : écrivez-la sur quatre chiffres, de 1900 à 2199 (« 2024 »).",
      },
    ]);
  });

  it('lit ce qu’un avenant modifie (avenant_numero, avenant_articles, avenant_date_convention) et refuse un numéro illisible', () => {
    const texte = 'id;type;annee;ae;cp;avenant_numero;avenant_articles;avenant_date_convention\nav;avenant;2024;1;1;n° 2;3 | 5-1 | annexe 2;04/05/2018\nav;;2025;1;1;;;\n';
    expect(lu(texte).conventions[0]!.avenant).toEqual({ numero: 2, articlesModifies: ['3', '5-1', 'annexe 2'], dateConventionInitiale: '2018-05-04' });
    // Only the date: the avenant is there, with no article.
    expect(lu('id;annee;ae;cp;avenant_date_convention\nav;2024;1;1;2018-05-04\n').conventions[0]!.avenant).toEqual({ articlesModifies: [], dateConventionInitiale: '2018-05-04' });
    expect(lu('id;annee;ae;cp;avenant_articles\nx;2024;1;1;\n').conventions[0]!.avenant).toBeUndefined();
    expect(erreurs('id;annee;ae;cp;avenant_numero\nav;2024;1;1;deux\n')).toEqual([
      {
        ligne: 2,
        champ: 'avenant_numero',
        message: "Ligne 2, champ « avenant_numero » : numéro d'avenant attendu, un entier positif (« 2 » pour l'avenant n° 2), «\u00a0deux\u00a0» trouvé.",
      },
    ]);
    // Written back the way it was read.
    const registre = lu(texte);
    expect(lireRegistreCsv(ecrireRegistreCsv(registre))).toEqual({ ok: true, registre });
  });

  it('lit et réécrit les champs modifiés à la main (modifications_manuelles, un objet JSON) et refuse une cellule illisible', () => {
    const cellule = '"{""dateFin"":{""valeurLue"":""2025-06-30"",""le"":""2026-01-12""},""programme"":{""valeurLue"":null,""le"":""2026-01-12T09:30:00Z""}}"';
    const texte = `id;annee;ae;cp;date_fin;modifications_manuelles\nx;2024;1;1;2025-12-31;${cellule}\nx;2025;1;1;;\n`;
    const registre = lu(texte);
    expect(registre.conventions[0]!.modificationsManuelles).toEqual({
      dateFin: { valeurLue: '2025-06-30', le: '2026-01-12' },
      programme: { valeurLue: null, le: '2026-01-12T09:30:00Z' },
    });
    expect(lireRegistreCsv(ecrireRegistreCsv(registre))).toEqual({ ok: true, registre });
    const [illisible] = erreurs('id;annee;ae;cp;modifications_manuelles\nx;2024;1;1;dateFin=2025\n');
    expect(illisible).toMatchObject({ ligne: 2, champ: 'modifications_manuelles' });
    expect(illisible!.message).toMatch(/^Ligne 2, champ « modifications_manuelles » : modifications manuelles illisibles : un objet JSON est attendu/);
    // The schema decides on the values: a date of change that is not a date is named with its column.
    const [date] = erreurs('id;annee;ae;cp;modifications_manuelles\nx;2024;1;1;"{""uo"":{""valeurLue"":""A"",""le"":""hier""}}"\n');
    expect(date).toMatchObject({ ligne: 2, champ: 'modifications_manuelles' });
    expect(date!.message).toContain('date attendue au format AAAA-MM-JJ');
  });

  it('lit une convention sans échéancier et des lignes d’exécution seules', () => {
    const r = lu('id;type;annee;ae;cp;cp_payes;date_arrete;nature\nfast;partenariat-fast;;;;;;\nx;;2024;1;1;;2025-01-31;\nx;;2026;;;3;;execution\n');
    expect(r.conventions.map((c) => [c.id, c.type, c.echeancier])).toEqual([
      ['fast', 'partenariat-fast', []],
      ['x', 'delegation-de-gestion', [{ annee: 2024, ae: 100, cp: 100 }]],
    ]);
    expect(r.executions).toEqual([{ conventionId: 'x', dateArrete: '2025-01-31', lignes: [{ annee: 2026, aeEngagees: null, cpPayes: 300 }] }]);
  });

  it('plafonne la liste des erreurs à 50 et dit combien il en reste', () => {
    const lignes = ['id;annee;ae;cp', ...Array.from({ length: 10_000 }, (_, i) => `c${i};2024;1.900;0`)];
    const liste = erreurs(lignes.join('\n'));
    expect(liste).toHaveLength(51);
    expect(liste[49]).toMatchObject({ ligne: 51, champ: 'ae' });
    expect(liste[50]!.message).toBe('… et 9\u202f950\u00a0autres erreurs (corrigez les premières puis réimportez).');
  });

  it('signale un CSV vide ou sans ligne de convention', () => {
    expect(erreurs('')).toEqual([{ message: 'Le fichier CSV est vide.' }]);
    expect(erreurs('id;annee;ae;cp\n\n')[0]!.message).toBe("Le registre CSV n'a aucune ligne de convention sous l'en-tête.");
  });
});

describe('ecrireRegistreCsv', () => {
  const registre: Registre = {
    version: 1,
    conventions: [
      {
        id: 'x',
        type: 'delegation-de-gestion',
        titre: '=HYPERLINK("http://exemple")',
        delegant: { sigle: 'DGEFP', nom: 'Délégation générale; emploi' },
        delegataire: { sigle: 'DINUM' },
        autresParties: [{ sigle: 'DNUM' }, { nom: 'Mission : apprentissage' }],
        echeancier: [
          { annee: 2024, ae: 250000050, cp: -500 },
          { annee: 2025, ae: null, cp: 60000000 },
        ],
        startups: ['a|b', 'c'],
        comitesSemestriels: true,
      },
    ],
    executions: [{ conventionId: 'x', lignes: [{ annee: 2024, aeEngagees: 100, cpPayes: null }, { annee: 2030, aeEngagees: null, cpPayes: 7 }] }],
    startups: [],
    incubateurs: [],
  };
  const texte = ecrireRegistreCsv(registre);

  it('écrit un CSV pour Excel : BOM, point-virgule, CRLF, seulement les colonnes utilisées', () => {
    expect(texte.startsWith('\ufeffid;type;titre;delegant;delegant_nom;delegataire;autres_parties;comites_semestriels;startups;annee;ae;cp;ae_engagees;cp_payes;nature\r\n')).toBe(true);
    const g = lireCsv(texte);
    expect(g.ok && g.grille.slice(1)).toEqual([
      ['x', 'delegation-de-gestion', '\'=HYPERLINK("http://exemple")', 'DGEFP', 'Délégation générale; emploi', 'DINUM', 'DNUM | :Mission \\: apprentissage', 'oui', 'a\\|b | c', '2024', '2500000,50', '-5', '1', '', ''],
      ['x', 'delegation-de-gestion', '\'=HYPERLINK("http://exemple")', 'DGEFP', 'Délégation générale; emploi', 'DINUM', 'DNUM | :Mission \\: apprentissage', 'oui', 'a\\|b | c', '2025', '', '600000', '', '', ''],
      ['x', 'delegation-de-gestion', '\'=HYPERLINK("http://exemple")', 'DGEFP', 'Délégation générale; emploi', 'DINUM', 'DNUM | :Mission \\: apprentissage', 'oui', 'a\\|b | c', '2030', '', '', '', '0,07', 'execution'],
    ]);
  });

  it('se relit à l’identique', () => {
    expect(lireRegistreCsv(texte)).toEqual({ ok: true, registre });
  });

  it('relit 10 000 lignes', () => {
    const grand: Registre = {
      version: 1,
      conventions: Array.from({ length: 5_000 }, (_, i) => ({
        id: `c${i}`,
        type: 'delegation-de-gestion' as const,
        delegant: { sigle: 'DGEFP' },
        delegataire: { sigle: 'DINUM' },
        dateFin: '2025-12-31',
        echeancier: [
          { annee: 2024, ae: i * 100, cp: i },
          { annee: 2025, ae: null, cp: i },
        ],
      })),
      executions: [],
      startups: [],
      incubateurs: [],
    };
    const r = lireRegistreCsv(ecrireRegistreCsv(grand));
    expect(r.ok && r.registre.conventions.length).toBe(5_000);
    expect(r).toEqual({ ok: true, registre: grand });
  });
});
