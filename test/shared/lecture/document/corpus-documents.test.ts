// Scores the document layer and the convention reader on the corpus of documents made by many
// hands (test/fixtures/documents/corpus/, made by scripts/fabriquer-corpus-documents.ts): thirteen
// convention texts laid out by Chromium, LibreOffice Writer (from .odt, from .docx, from a .docx
// with ruled tables), rewritten by Ghostscript, and scanned (150–300 dpi, grey and colour, tilted,
// stamped). Each document goes the way `jauge parse` and `jauge check` take it (document layer
// with the Node OCR, convention reader, review of OCR doubts, rules) and each field is compared
// with the hand reading of its text (attendu.json): right, wrong with a finding that names it,
// missing, or wrong without a finding.
//
// The score is a ratchet: per producer · format and per field, as many right as recorded in
// score.json, and no more wrong-without-finding. `npm test` reads the texts, .docx, .odt, PDFs and
// a fixed sample of scans (≤ 12 pages of OCR); `npm run test:profond` (JAUGE_PROFOND=1) reads every
// scan. After a change that raises the score, record it:
//   JAUGE_SCORE_MAJ=1 npx vitest run --project unit test/shared/lecture/document/corpus-documents.test.ts
//   JAUGE_SCORE_MAJ=1 JAUGE_PROFOND=1 npx vitest run --project unit test/shared/lecture/document/corpus-documents.test.ts
// (the second records both the sample's and the full set's scores).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creerLecteurOcrNode } from '../../../../scripts/ocr-node';
import { lireConvention } from '../../../../shared/lecture/convention';
import { detecterFormat } from '../../../../shared/lecture/detection';
import { lireDocument } from '../../../../shared/lecture/document';
import { constatsDuDocument } from '../../../../shared/lecture/document/revue';
import type { Constat, Convention } from '../../../../shared/model';
import { verifier } from '../../../../shared/verifier';
import { PROFOND } from '../../../aides/essais';
import { FIXTURES_DOCUMENTS } from '../../../aides/partage';
import { ajouter, CHAMPS, ligneVide, tableau, valeurLue, verdict, type Champ, type LigneScore, type Verdict } from '../../../aides/notation-corpus';

const CORPUS = path.join(FIXTURES_DOCUMENTS, 'corpus');
const MAJ = process.env.JAUGE_SCORE_MAJ === '1';
const AUJOURDHUI = '2026-01-01';

interface DocumentCorpus {
  fichier: string;
  texte: string;
  producteur: string;
  format: 'md' | 'docx' | 'odt' | 'pdf' | 'scan';
  variante?: string;
  pages?: number;
  scan?: { dpi: number; couleur: boolean; angles: number[]; source: string };
  echantillon: boolean;
}

type Mode = 'echantillon' | 'profond';
interface ScoreLigne {
  justes: Partial<Record<Champ, number>>;
  sansConstat: number;
}
type Score = { _about?: string } & Partial<Record<Mode, Record<string, ScoreLigne>>>;

const tous = JSON.parse(readFileSync(path.join(CORPUS, 'documents.json'), 'utf8')) as DocumentCorpus[];
const attendus = JSON.parse(readFileSync(path.join(CORPUS, 'attendu.json'), 'utf8')) as Record<string, Record<Champ, unknown>>;
const CHEMIN_SCORE = path.join(CORPUS, 'score.json');
const enregistre = JSON.parse(readFileSync(CHEMIN_SCORE, 'utf8')) as Score;
const documents = tous.filter((d) => PROFOND || d.echantillon);

interface Resultat {
  doc: DocumentCorpus;
  verdicts: Partial<Record<Champ, Verdict>>;
  /** One line per field not right, for the printout. */
  ecarts: string[];
  secondes: number;
}

/** The row of the table a document counts in. */
const ligneDe = (d: DocumentCorpus): string => `${d.producteur} · ${d.format}${d.variante ? ` (${d.variante})` : ''}`;

const ocr = creerLecteurOcrNode();
afterAll(() => ocr.terminer());

/** Reads a document as `jauge parse` / `jauge check` do, and gives every finding a person would see. */
async function lire(doc: DocumentCorpus): Promise<{ convention: Convention | null; constats: Constat[]; refus?: string }> {
  const lu = await lireDocument(new Uint8Array(readFileSync(path.join(CORPUS, doc.fichier))), { nom: doc.fichier, ocr });
  if (!lu.ok) return { convention: null, constats: [], refus: lu.erreur };
  if (detecterFormat(lu.document.texte) !== 'convention') return { convention: null, constats: [], refus: "pas le texte d'une convention" };
  const { convention, contexte } = lireConvention(lu.document.texte);
  // The layer's doubts and the OCR review as `jauge parse` prints them, and the rules' findings as `jauge check`.
  const constats = [...constatsDuDocument(convention, lu.document), ...verifier({ ...contexte, aujourdhui: AUJOURDHUI })];
  return { convention, constats };
}

async function noter(doc: DocumentCorpus): Promise<Resultat> {
  const debut = performance.now();
  const { convention, constats, refus } = await lire(doc);
  const attendu = attendus[doc.texte];
  if (!attendu) throw new Error(`${doc.texte} : absent d'attendu.json`);
  const verdicts: Partial<Record<Champ, Verdict>> = {};
  const ecarts: string[] = refus ? [`${'refusé'.padEnd(12)}${doc.fichier} : ${refus}`] : [];
  for (const champ of CHAMPS) {
    const v = verdict(champ, convention, attendu[champ] ?? null, constats);
    if (!v) continue;
    verdicts[champ] = v;
    if (v !== 'juste' && !refus) {
      const lu = convention ? valeurLue(convention, champ) : null;
      ecarts.push(`${v.padEnd(12)}${doc.fichier} ${champ} : lu ${JSON.stringify(lu)}, attendu ${JSON.stringify(attendu[champ] ?? null)}`);
    }
  }
  return { doc, verdicts, ecarts, secondes: (performance.now() - debut) / 1000 };
}

function lignesDe(resultats: readonly Resultat[], cle: (d: DocumentCorpus) => string = ligneDe): Map<string, LigneScore> {
  const lignes = new Map<string, LigneScore>();
  for (const r of resultats) {
    const nom = cle(r.doc);
    if (!lignes.has(nom)) lignes.set(nom, ligneVide());
    ajouter(lignes.get(nom)!, r.verdicts);
  }
  return lignes;
}

function enScore(lignes: ReadonlyMap<string, LigneScore>): Record<string, ScoreLigne> {
  return Object.fromEntries(
    [...lignes].map(([nom, l]) => [nom, { justes: Object.fromEntries(CHAMPS.filter((c) => l.champs[c].juste > 0).map((c) => [c, l.champs[c].juste])), sansConstat: l.total.sansConstat }]),
  );
}

/** score.json with one line per row, so that a change of score reads as a one-line diff. */
function ecrireScore(score: Score): string {
  const section = (lignes: Record<string, ScoreLigne>) =>
    `{\n${Object.entries(lignes)
      .map(([nom, l]) => `    ${JSON.stringify(nom)}: ${JSON.stringify(l)}`)
      .join(',\n')}\n  }`;
  const parties = [`  "_about": ${JSON.stringify(score._about ?? '')}`];
  for (const mode of ['echantillon', 'profond'] as const) if (score[mode]) parties.push(`  "${mode}": ${section(score[mode]!)}`);
  return `{\n${parties.join(',\n')}\n}\n`;
}

const exact = (r: Resultat) => Object.values(r.verdicts).every((v) => v === 'juste');
const ecartsDe = (r: Resultat) => Object.values(r.verdicts).filter((v) => v !== 'juste').length;

/** How far the corpus is from the done-when of issue 16, in words. */
function distanceAuxCibles(resultats: readonly Resultat[]): string {
  const pdf = resultats.filter((r) => r.doc.format === 'pdf');
  const scans = resultats.filter((r) => r.doc.format === 'scan');
  const bureautique = resultats.filter((r) => r.doc.format === 'docx' || r.doc.format === 'odt' || r.doc.format === 'md');
  const sansConstat = scans.reduce((n, r) => n + Object.values(r.verdicts).filter((v) => v === 'sansConstat').length, 0);
  const pdfParProducteur = [...new Set(pdf.map((r) => r.doc.producteur))]
    .map((p) => `${p} ${pdf.filter((r) => r.doc.producteur === p && exact(r)).length}/${pdf.filter((r) => r.doc.producteur === p).length}`)
    .join(', ');
  return [
    'Distance aux cibles (issue 16) :',
    `  PDF qui donnent exactement les champs de leur texte : ${pdf.filter(exact).length}/${pdf.length} (cible : tous) — ${pdfParProducteur}`,
    `  scans ≥ 150 dpi qui manquent au plus un champ : ${scans.filter((r) => ecartsDe(r) <= 1).length}/${scans.length} (cible : tous)`,
    `  champs faux sans constat dans les scans : ${sansConstat} (cible : 0)`,
    `  textes, .docx et .odt exacts : ${bureautique.filter(exact).length}/${bureautique.length} (cible : tous)`,
  ].join('\n');
}

describe(`corpus de documents faits par d’autres mains (${PROFOND ? 'tous les scans' : 'échantillon de scans'})`, () => {
  const resultats: Resultat[] = [];
  let secondes = 0;

  beforeAll(async () => {
    const debut = performance.now();
    for (const doc of documents) resultats.push(await noter(doc));
    secondes = (performance.now() - debut) / 1000;
  }, 1_800_000);

  it('prints the table producer · format × field, the distance to the targets and the time taken', () => {
    const scans = resultats.filter((r) => r.doc.format === 'scan');
    const pagesOcr = scans.reduce((n, r) => n + (r.doc.pages ?? 0), 0);
    const secondesOcr = scans.reduce((n, r) => n + r.secondes, 0);
    const parScan = lignesDe(scans, (d) => `scan ${d.scan!.dpi} dpi ${d.scan!.couleur ? 'couleur' : 'gris'}`);
    console.log(
      [
        '',
        tableau(lignesDe(resultats)),
        '',
        tableau(new Map([...parScan].sort(([a], [b]) => a.localeCompare(b)))),
        '',
        distanceAuxCibles(resultats),
        '',
        `${resultats.length} documents lus en ${secondes.toFixed(1)} s, dont ${scans.length} scans (${pagesOcr} pages d'OCR) en ${secondesOcr.toFixed(1)} s` +
          (pagesOcr ? ` (${(secondesOcr / pagesOcr).toFixed(1)} s par page)` : ''),
        '',
        ...resultats.flatMap((r) => r.ecarts),
        '',
      ].join('\n'),
    );
    expect(resultats).toHaveLength(documents.length);
    expect(new Set(documents.map((d) => d.texte)).size).toBeGreaterThanOrEqual(10);
  });

  it('every text, .docx and .odt gives exactly the fields of its hand reading', () => {
    const bureautique = resultats.filter((r) => r.doc.format === 'md' || r.doc.format === 'docx' || r.doc.format === 'odt');
    expect(bureautique.length).toBeGreaterThanOrEqual(4 * 10);
    expect(bureautique.filter((r) => !exact(r)).flatMap((r) => r.ecarts)).toEqual([]);
  });

  it('records the score when asked (JAUGE_SCORE_MAJ=1)', () => {
    if (!MAJ) return;
    const nouveau: Score = { ...enregistre, echantillon: enScore(lignesDe(resultats.filter((r) => r.doc.echantillon))) };
    if (PROFOND) nouveau.profond = enScore(lignesDe(resultats));
    writeFileSync(CHEMIN_SCORE, ecrireScore(nouveau));
    console.log(`score.json mis à jour (${PROFOND ? 'échantillon et profond' : 'échantillon'}).`);
  });

  it('right readings do not drop below score.json, per producer · format and per field', () => {
    const mode: Mode = PROFOND ? 'profond' : 'echantillon';
    const attendu = (JSON.parse(readFileSync(CHEMIN_SCORE, 'utf8')) as Score)[mode];
    expect(attendu, `score.json n'a pas de section « ${mode} » : enregistrez-la avec JAUGE_SCORE_MAJ=1`).toBeDefined();
    const lignes = lignesDe(resultats);
    const baisses: string[] = [];
    for (const [nom, score] of Object.entries(attendu!)) {
      const l = lignes.get(nom);
      if (!l) baisses.push(`${nom} : plus aucun document`);
      for (const [champ, justes] of Object.entries(score.justes) as [Champ, number][]) {
        const maintenant = l?.champs[champ].juste ?? 0;
        if (maintenant < justes) baisses.push(`${nom} · ${champ} : ${maintenant} justes, ${justes} enregistrés`);
      }
    }
    expect(baisses).toEqual([]);
  });

  it('no more wrong values without a finding than score.json, per producer · format', () => {
    const mode: Mode = PROFOND ? 'profond' : 'echantillon';
    const attendu = (JSON.parse(readFileSync(CHEMIN_SCORE, 'utf8')) as Score)[mode] ?? {};
    const hausses = [...lignesDe(resultats)]
      .filter(([nom, l]) => l.total.sansConstat > (attendu[nom]?.sansConstat ?? 0))
      .map(([nom, l]) => `${nom} : ${l.total.sansConstat} faux sans constat, ${attendu[nom]?.sansConstat ?? 0} enregistrés`);
    expect(hausses).toEqual([]);
  });
});
