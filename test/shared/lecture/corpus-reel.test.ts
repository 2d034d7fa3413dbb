// Scores the convention reader on real texts published by others (test/fixtures/reelles/, sources
// in SOURCES.md): for each field of each text, the reading is correct, wrong, missing (the text
// has it, the reader did not find it) or invented (the reader gives a value the text does not
// have). The score may only go up: it must stay at or above the one recorded in score.json, and
// never invent more than recorded there (0 once the reader invents nothing). The table is
// printed so that a change of the reader shows what it gained or lost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import type { Convention, Partie } from '../../../shared/model';
import { verifier } from '../../../shared/verifier';

const DOSSIER = path.resolve(import.meta.dirname, '../../fixtures/reelles');
const attendus = JSON.parse(readFileSync(path.join(DOSSIER, 'attendu.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const enregistre = JSON.parse(readFileSync(path.join(DOSSIER, 'score.json'), 'utf8')) as {
  champs: Record<string, { correct: number }>;
  invente: number;
};
const fichiers = Object.keys(attendus).filter((f) => f.endsWith('.txt')).sort();

const CHAMPS = [
  'type',
  'delegant',
  'delegataire',
  'autresParties',
  'dateSignature',
  'dateFin',
  'uo',
  'programme',
  'bop',
  'echeancier',
  'montantFast',
  // What an avenant changes, scored part by part (expected only for avenants; null elsewhere).
  'avenant.numero',
  'avenant.articlesModifies',
  'avenant.dateConventionInitiale',
] as const;
type Champ = (typeof CHAMPS)[number];
type Verdict = 'correct' | 'faux' | 'manquant' | 'invente' | 'absent';

/** A name as people compare them: no accents, case, typographic apostrophes, leading article. */
function plier(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:la |le |les |l')/, '');
}

function memePartie(lue: Partie, attendue: Partie): boolean {
  if (attendue.sigle !== undefined) return lue.sigle === attendue.sigle;
  return lue.sigle === undefined && lue.nom !== undefined && plier(lue.nom) === plier(attendue.nom ?? '');
}

/** A field's value by its path (`avenant.numero`), undefined when a step is missing. */
function valeurDe(objet: object, champ: string): unknown {
  return champ.split('.').reduce<unknown>((o, cle) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[cle] : undefined), objet);
}

/** What the reader gave for a field, null when it gave nothing (an empty party, list or échéancier is nothing). */
function valeurLue(convention: Convention, champ: Champ): unknown {
  const v = valeurDe(convention, champ);
  if (v === undefined) return null;
  if (champ === 'delegant' || champ === 'delegataire') return Object.keys(v as object).length > 0 ? v : null;
  if (Array.isArray(v)) return v.length > 0 ? v : null;
  return v;
}

function egal(champ: Champ, lue: unknown, attendue: unknown): boolean {
  if (champ === 'delegant' || champ === 'delegataire') return memePartie(lue as Partie, attendue as Partie);
  if (champ === 'autresParties') {
    const l = lue as Partie[];
    const a = attendue as Partie[];
    return l.length === a.length && a.every((p, k) => memePartie(l[k]!, p));
  }
  return JSON.stringify(lue) === JSON.stringify(attendue);
}

function verdict(champ: Champ, lue: unknown, attendue: unknown): Verdict {
  if (attendue === null) return lue === null ? 'absent' : 'invente';
  if (lue === null) return 'manquant';
  return egal(champ, lue, attendue) ? 'correct' : 'faux';
}

interface Ligne {
  correct: number;
  faux: number;
  manquant: number;
  invente: number;
}

function noter() {
  const parChamp = Object.fromEntries(CHAMPS.map((c) => [c, { correct: 0, faux: 0, manquant: 0, invente: 0 }])) as Record<Champ, Ligne>;
  const erreurs: string[] = [];
  for (const fichier of fichiers) {
    const attendu = attendus[fichier]!;
    const { convention } = lireConvention(readFileSync(path.join(DOSSIER, fichier), 'utf8'));
    for (const champ of CHAMPS) {
      const lue = valeurLue(convention, champ);
      const v = verdict(champ, lue, valeurDe(attendu, champ) ?? null);
      if (v === 'absent') continue;
      parChamp[champ][v]++;
      if (v !== 'correct') erreurs.push(`${v.padEnd(8)} ${fichier} ${champ}: lu ${JSON.stringify(lue)}, attendu ${JSON.stringify(valeurDe(attendu, champ) ?? null)}`);
    }
  }
  return { parChamp, erreurs };
}

function pourcent(n: number, sur: number): string {
  return sur === 0 ? '—' : `${Math.round((100 * n) / sur)} %`;
}

const LARGEUR = Math.max(...CHAMPS.map((c) => c.length));

function tableau(parChamp: Record<Champ, Ligne>): string {
  const lignes = [`${'champ'.padEnd(LARGEUR)} correct  faux  manquant  inventé  juste`];
  const total: Ligne = { correct: 0, faux: 0, manquant: 0, invente: 0 };
  for (const champ of CHAMPS) {
    const l = parChamp[champ];
    const presents = l.correct + l.faux + l.manquant;
    lignes.push(
      `${champ.padEnd(LARGEUR)} ${String(l.correct).padStart(7)} ${String(l.faux).padStart(5)} ${String(l.manquant).padStart(9)} ${String(l.invente).padStart(8)}  ${pourcent(l.correct, presents)}`,
    );
    total.correct += l.correct;
    total.faux += l.faux;
    total.manquant += l.manquant;
    total.invente += l.invente;
  }
  const presents = total.correct + total.faux + total.manquant;
  lignes.push(
    `${'total'.padEnd(LARGEUR)} ${String(total.correct).padStart(7)} ${String(total.faux).padStart(5)} ${String(total.manquant).padStart(9)} ${String(total.invente).padStart(8)}  ${pourcent(total.correct, presents)}`,
  );
  return lignes.join('\n');
}

describe('lireConvention sur des textes réels publiés par d’autres (test/fixtures/reelles)', () => {
  const { parChamp, erreurs } = noter();
  const invente = CHAMPS.reduce((n, c) => n + parChamp[c].invente, 0);

  it('prints the score per field', () => {
    console.log(`\n${tableau(parChamp)}\n\n${erreurs.join('\n')}\n`);
    expect(fichiers.length).toBeGreaterThanOrEqual(37);
  });

  it.each(CHAMPS)('%s: at least as many correct readings as recorded in score.json', (champ) => {
    expect(parChamp[champ].correct).toBeGreaterThanOrEqual(enregistre.champs[champ]?.correct ?? 0);
  });

  it('invents no more fields than recorded (0 once nothing is invented)', () => {
    expect(invente).toBeLessThanOrEqual(enregistre.invente);
  });

  // A wrong field is a silent misreading (the wrong ministry as délégant): worse than a missing one,
  // which the rules report. None is allowed.
  it('reads no field wrong', () => {
    expect(erreurs.filter((e) => e.startsWith('faux'))).toEqual([]);
  });
});

describe('what the rules report on the real texts', () => {
  const constats = (fichier: string) => verifier(lireConvention(readFileSync(path.join(DOSSIER, fichier), 'utf8')).contexte);

  it('a decree cited under a wrong number is named with its right reference, not « cité nulle part »', () => {
    const boc = constats('02-boc-2014-dggn-dirisi-solde-gendarmerie.txt');
    expect(boc.filter((c) => c.regle === 'decret-mal-cite').map((c) => [c.position, c.message.includes('décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion')])).toEqual([
      [{ ligne: 23 }, true],
    ]);
    expect(boc.map((c) => c.regle)).not.toContain('decret-delegation-non-vise');
    const jo = constats('16-jorf-2017-mef-dgfip-fonds-emprunts-risque.txt').filter((c) => c.regle === 'decret-mal-cite');
    expect(jo.map((c) => c.position)).toEqual([{ ligne: 10 }]);
    expect(jo[0]!.message).toContain('décret n° 2012-1246 du 7 novembre 2012');
  });

  it('a delegation of payroll or of acts on a UO owes no échéancier: information naming the kind, no erreur', () => {
    const paie = constats('08-boc-2018-meae-sesu-titre-2.txt').filter((c) => c.regle === 'echeancier-absent');
    expect(paie.map((c) => [c.gravite, c.message.slice(0, 45)])).toEqual([['information', 'Délégation de la paie (dépenses de titre 2) :']]);
    const actes = constats('07-jorf-2011-ta-grenoble-conseil-etat.txt').filter((c) => c.regle === 'echeancier-absent');
    expect(actes.map((c) => [c.gravite, c.message.slice(0, 20)])).toEqual([['information', "Délégation d'actes ("]]);
  });
});
