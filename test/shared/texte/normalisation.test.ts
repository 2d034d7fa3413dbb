// The normalisation where text enters shared/, and the misreadings it ends: amounts grouped by an em
// space read as 0 €, a right-to-left mark after « Et » swapping the parties, U+2028 or a form feed
// as line breaks losing the parties and dates, soft hyphens and zero-width spaces losing fields,
// decomposed accents losing the end date. Each reading is compared with the clean text's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../shared/lecture/convention';
import { normaliser, normaliserCellule } from '../../../shared/texte/normalisation';
import { lireDate } from '../../../shared/dates';
import { lireMontant } from '../../../shared/montant';
import { lireTableaux } from '../../../shared/lecture/tableau';
import { verifier } from '../../../shared/verifier';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const seed = (nom: string) => readFileSync(path.join(SEEDS, nom), 'utf8');
const DGEFP_2024 = '000_f79b61af944d2ba6.txt';
const DGEFP_2020 = '002_9c47eb9a90aa973e.txt';
const FAST = '003_f3a018de4bd6a119.txt';

/** The reading's fields, without the lines they were read on. */
function champs(texte: string) {
  const { convention } = lireConvention(texte);
  const { sources: _sources, ...reste } = convention;
  return reste;
}

describe('normaliser', () => {
  it.each([
    ['espaces cadratin, demi-cadratin, fine, ultra-fine, ponctuation, idéographique', '1\u2003200\u2002000\u2009€ \u200a\u2008\u3000\u205f\u1680x', '1 200 000 € \u0020\u0020\u0020\u0020\u0020x'],
    ['espace de chiffre → insécable, insécables gardées', '1\u2007200\u00a0000\u202f€', '1\u00a0200\u00a0000\u202f€'],
    ['fins de ligne', 'a\r\nb\rc\u2028d\u2029e\u0085f\vg\fh', 'a\nb\nc\nd\ne\nf\ng\nh'],
    ['saut de page à côté d’une fin de ligne', '\fp1\n\fp2\f\r\np3\n\f\np4\fp5\f\n\fp6', 'p1\np2\np3\n\np4\np5\np6'],
    ['caractères de format', '\ufeffcon\u00adven\u200btion\u200c\u200d\u2060\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069', 'convention'],
    ['ligatures, œ gardé', 'ﬁn ﬂux eﬀet eﬃcace ﬄ ﬅ ﬆ œuvre', 'fin flux effet efficace ffl st st œuvre'],
    ['apostrophes et tirets', 'l’État l‘x l´y l\u02bcz – — ‐ ‑ ‒ − ―', "l'État l'x l'y l'z - - - - - - -"],
    ['NFC', 'De\u0301le\u0301gation a\u0300 Ge\u0301ne\u0301ral \u212b', 'Délégation à Général Å'],
    // A format character between a letter and its accent (NFD text, then a bidi mark or a soft hyphen
    // inserted by a tool): removing it must not leave the accent decomposed (« néant » unread otherwise).
    ['NFC à travers un caractère de format', 'ne\u200e\u0301ant De\u00ad\u0301le\u200b\u0301gation', 'néant Délégation'],
  ])('%s', (_nom, entree, sortie) => {
    const n = normaliser(entree);
    expect(n.texte).toBe(sortie);
    expect(n.texte.normalize('NFC')).toBe(n.texte);
    expect(normaliser(n.texte).texte).toBe(n.texte);
    expect(normaliserCellule(entree)).toBe(sortie);
  });

  it('rend un texte sans rien à changer tel quel', () => {
    const s = 'Année\tAE\tCP\n2024\t2\u00a0500\u202f000 €\t';
    const n = normaliser(s);
    expect(n.texte).toBe(s);
    expect(n.modifie).toBe(false);
    expect(n.origine(5)).toBe(5);
    expect(n.ligneOrigine(2)).toBe(2);
  });

  it('ramène chaque position normalisée au texte d’origine', () => {
    const original = '\ufeffﬁn\r\nDe\u0301but\u00ad\u2028x\n\fy';
    const n = normaliser(original);
    expect(n.texte).toBe('fin\nDébut\nx\ny');
    // Every normalised character comes from the original character at `origine`.
    const attendus: [string, string][] = [...n.texte].map((c, i) => [c, original[n.origine(i)]!]);
    expect(attendus).toEqual([
      ['f', 'ﬁ'], ['i', 'ﬁ'], ['n', 'n'], ['\n', '\r'],
      ['D', 'D'], ['é', 'e'], ['b', 'b'], ['u', 'u'], ['t', 't'], ['\n', '\u2028'],
      ['x', 'x'], ['\n', '\n'], ['y', 'y'],
    ]);
    expect(n.origine(n.texte.length)).toBe(original.length);
    // Lines of the text as written end at LF, CRLF or CR: U+2028 cuts line 2, the page break joins nothing.
    expect([1, 2, 3, 4].map((l) => n.ligneOrigine(l))).toEqual([1, 2, 2, 3]);
  });

  it('ramène les lignes d’un long texte : chaque motif ajoute ses deux lignes d’origine', () => {
    const motif = 'a\r\nﬁ\u2028\u00ad1\u2003000 €\n\f';
    for (const n of [1, 1000]) {
      const norm = normaliser(motif.repeat(n));
      const lignes = norm.texte.split('\n').length;
      expect(lignes).toBe(3 * n + 1);
      expect(norm.ligneOrigine(lignes)).toBe(2 * n + 1);
      expect(norm.ligneOrigine(lignes - 1)).toBe(2 * n);
    }
  });
});

describe('les lecteurs lisent le texte normalisé', () => {
  it('un montant groupé par des espaces cadratin ou ultra-fines se lit, jamais 0 €', () => {
    for (const espace of ['\u2003', '\u2002', '\u200a', '\u2008', '\u3000', '\u2005', '\u200b']) {
      const ecrit = `1${espace}200${espace}000 €`;
      expect(lireMontant(ecrit)).toEqual({ ok: true, centimes: 120_000_000 });
      const texte = seed(DGEFP_2024).replace('2 500 000 € (deux', `${ecrit.replace('1', '2').replace('200', '500')} (deux`);
      expect(champs(texte).echeancier[0]).toEqual({ annee: 2024, ae: 250_000_000, cp: 190_000_000 });
    }
    const plafond = seed(DGEFP_2020).replace(/2 000 000/g, '2\u2003000\u2003000');
    expect(champs(plafond).plafond).toEqual({ ae: 200_000_000, dureeMois: 18 });
    const fast = seed(FAST).replace('30 000 €', '30\u2003000\u2003€');
    expect(champs(fast).montantFast).toBe(3_000_000);
  });

  it('une marque de droite à gauche après « Et » ne change pas les parties', () => {
    const texte = seed(DGEFP_2024).replace(/^Et$/m, 'Et\u200f');
    expect(champs(texte)).toEqual(champs(seed(DGEFP_2024)));
  });

  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['NEL', '\u0085'],
    ['tabulation verticale', '\v'],
    ['saut de page', '\f'],
    ['CR', '\r'],
  ])('des fins de ligne %s lisent la même convention', (_nom, fin) => {
    for (const nom of [DGEFP_2024, FAST]) {
      expect(champs(seed(nom).replace(/\n/g, fin))).toEqual(champs(seed(nom)));
    }
  });

  it('tirets conditionnels, espaces sans chasse et liants ne perdent ni dates, ni UO, ni programme, ni montants', () => {
    const texte = seed(DGEFP_2024)
      .replace(/MARS/g, 'MA\u00adRS')
      .replace(/0103-CEFP-C004/g, '0103\u200b-CEFP\u200d-C004')
      .replace(/2025/g, '20\u206025')
      .replace(/1 900 000/g, '1\u00ad900\u200c000');
    expect(champs(texte)).toEqual(champs(seed(DGEFP_2024)));
  });

  it('un texte décomposé (NFD) se lit comme le texte composé, sans date-fin-absente', () => {
    for (const nom of [DGEFP_2024, DGEFP_2020, FAST]) {
      const nfd = seed(nom).normalize('NFD');
      expect(champs(nfd)).toEqual(champs(seed(nom)));
      const regles = (t: string) => verifier(lireConvention(t).contexte).map((c) => c.regle);
      expect(regles(nfd)).toEqual(regles(seed(nom)));
    }
  });

  it('les constats pointent la ligne du texte tel qu’écrit, même coupé par U+2028', () => {
    const texte = seed(FAST);
    // Each line becomes two (« … » U+2028 « … »): the reader counts twice as many lines.
    const coupe = texte.replace(/\n/g, '\u2028\n');
    const ligne = (t: string) => verifier(lireConvention(t).contexte).find((c) => c.regle === 'articles-mal-numerotes')?.position;
    expect(ligne(coupe)).toEqual(ligne(texte));
    expect(lireConvention(coupe).convention.sources).toEqual(lireConvention(texte).convention.sources);
  });

  it('une date ou une cellule de tableau aux caractères invisibles se lit', () => {
    expect(lireDate('28\u2003MA\u00adRS\u200b 2024')).toEqual({ ok: true, date: '2024-03-28' });
    const [t] = lireTableaux([['Ann\u00e9e', 'AE', 'CP'], ['2024', '1\u2003200\u2003000 €', '\u200f900\u2003000 €']]);
    expect(t!.contextes[0]!.convention.echeancier).toEqual([{ annee: 2024, ae: 120_000_000, cp: 90_000_000 }]);
  });
});
