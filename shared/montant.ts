// Amounts: read what people type in French (figures, thousands spaces, k€/M€/Md€, sheet numbers)
// into integer euro cents, and write cents back with Intl.NumberFormat('fr-FR').
// Decimal digits are handled as strings, never through float arithmetic, so 1234.56 → 123456 exactly.
import { lireMontantEnLettres } from './lettres';
import { normaliserCellule } from './texte/normalisation';
import { citer } from './texte';

export type ResultatMontant =
  | { ok: true; centimes: number; avertissement?: string }
  | { ok: false; erreur: string };

const EXEMPLE = 'Écrivez par exemple « 2 500 000 € » ou « 1 900 000,50 € ».';

/** Why an amount is refused past 2^53 − 1 cents: one wording for the readers and the registry schema. */
export function raisonMontantTropGrand(brut: string): string {
  return `Montant trop grand : ${citer(brut)} dépasse ce que Jauge sait compter au centime près.`;
}

/** Cents → `2500000` / `1900000,50` / `-500` (euros, no thousands separator). Integer arithmetic only. */
export function ecrireEuros(centimes: number): string {
  const abs = Math.abs(centimes);
  const euros = Math.floor(abs / 100);
  const reste = abs % 100;
  return `${centimes < 0 ? '-' : ''}${euros}${reste === 0 ? '' : `,${String(reste).padStart(2, '0')}`}`;
}

/** Multipliers people append to a figure, as powers of ten (k€, M€, Md€, « millions d'euros »). */
const MULTIPLICATEURS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:md|mds|mrd|mrds|milliards?)$/, 9],
  [/^(?:m|mio|millions?)$/, 6],
  [/^(?:k|milliers?|mille)$/, 3],
];

/** Currency words accepted after (or before) the figure. */
const DEVISE = "(?:€|eur|euros?|d'euros?|de euros?)";
const MULTIPLICATEUR = '(?:mds|mrds|md|mrd|milliards?|mio|millions?|m|k|milliers?|mille)';
// sign, optional leading currency, figure, optional multiplier, optional currency.
const FORME = new RegExp(
  `^([+-])?\\s*(${DEVISE}\\s*)?(\\d(?:[\\d .,]*\\d)?)\\s*(${MULTIPLICATEUR}(?!(?!eur)[a-z]))?\\s*(${DEVISE})?$`,
);

interface NombreLu {
  entier: string;
  decimales: string;
  avertissement?: string;
}

const UNITES: Record<number, string> = { 0: '€', 3: 'k€', 6: 'M€', 9: 'Md€' };

function ambigu(brut: string, sep: string, entier: string, decimales: string, exposant: number): string {
  const unite = UNITES[exposant] ?? '€';
  const milliers = `${entier}\u00a0${decimales}\u00a0${unite}`;
  const decimal = `${entier},${decimales.replace(/0+$/, '') || '0'}\u00a0${unite}`;
  return (
    `Montant ambigu : ${citer(brut)} peut se lire ${milliers} ou ${decimal} ` +
    `(le « ${sep} » sépare-t-il les milliers ou les décimales ?). ` +
    `Écrivez « ${milliers} » (milliers séparés par une espace) ou « ${decimal} » (décimales après une virgule).`
  );
}

/**
 * Splits a figure into integer digits and decimal digits. French rules: thousands grouped by 3 with a
 * space (or dots, accounting style), decimals after a comma. A lone `1.900` / `1,900` is ambiguous.
 */
function lireNombre(chiffres: string, brut: string, exposant: number): NombreLu | string {
  const avecMultiplicateur = exposant > 0;
  // Thousands separated by spaces; decimals after a comma (or a dot, which can then only be decimal).
  if (chiffres.includes(' ')) {
    const m = /^([1-9]\d{0,2}(?: \d{3})+)(?:([.,])(\d+))?$/.exec(chiffres);
    if (!m) {
      return (
        `Montant illisible : ${citer(brut)} — les chiffres doivent être groupés par trois ` +
        `(« 2 500 000 »), avec les décimales après une virgule. ${EXEMPLE}`
      );
    }
    const decimales = m[3] ?? '';
    return {
      entier: m[1]!.replace(/ /g, ''),
      decimales,
      ...(m[2] === '.' ? { avertissement: 'Point lu comme séparateur décimal ; en français, écrivez une virgule.' } : {}),
    };
  }
  if (/^\d+$/.test(chiffres)) return { entier: chiffres, decimales: '' };

  let m = /^(\d+),(\d+)$/.exec(chiffres);
  if (m) {
    const [, entier, decimales] = m as unknown as [string, string, string];
    if (!avecMultiplicateur && decimales.length === 3 && /^[1-9]\d{0,2}$/.test(entier)) {
      return ambigu(brut, ',', entier, decimales, exposant);
    }
    return { entier, decimales };
  }
  // Dots as thousands separators (accounting style): 2.500.000 or 1.900,50.
  m = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/.exec(chiffres);
  if (m) {
    const groupes = m[1]!.split('.');
    if (groupes.length === 2 && m[2] === undefined) {
      return ambigu(brut, '.', groupes[0]!, groupes[1]!, exposant);
    }
    return { entier: groupes.join(''), decimales: m[2] ?? '' };
  }
  // A dot that cannot be a thousands separator (not followed by exactly 3 digits): a decimal point.
  m = /^(\d+)\.(\d+)$/.exec(chiffres);
  if (m) {
    return {
      entier: m[1]!,
      decimales: m[2]!,
      avertissement: 'Point lu comme séparateur décimal ; en français, écrivez une virgule.',
    };
  }
  // English grouping: 2,500,000 or 2,500,000.50.
  m = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/.exec(chiffres);
  if (m) {
    const entier = m[1]!.replace(/,/g, '');
    const francais = formaterChiffres(entier, m[2] ?? '');
    return (
      `Montant illisible : ${citer(brut)} — en français la virgule sépare les décimales, pas les milliers. ` +
      `Écrivez « ${francais} € ».`
    );
  }
  return `Montant illisible : ${citer(brut)}. ${EXEMPLE}`;
}

/** Digits grouped by 3 with U+00A0, comma decimals: for suggestions in messages. */
function formaterChiffres(entier: string, decimales: string): string {
  const groupe = entier.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return decimales ? `${groupe},${decimales}` : groupe;
}

/** Integer digits + decimal digits scaled by 10^exposant, as whole cents (string arithmetic only). */
function enCentimes(
  n: NombreLu,
  exposant: number,
  negatif: boolean,
  brut: string,
): ResultatMontant {
  const places = exposant + 2;
  let decimales = n.decimales;
  if (decimales.length > places) {
    const reste = decimales.slice(places);
    if (/[^0]/.test(reste)) {
      return {
        ok: false,
        erreur:
          exposant === 0
            ? `Montant illisible : ${citer(brut)} a plus de deux décimales ; un montant s'écrit au centime près (« 1 900 000,50 € »).`
            : `Montant illisible : ${citer(brut)} ne tombe pas sur un centime exact ; écrivez le montant en euros (« 1 234 567,89 € »).`,
      };
    }
    decimales = decimales.slice(0, places);
  }
  const chiffres = (n.entier + decimales.padEnd(places, '0')).replace(/^0+(?=\d)/, '');
  const valeur = Number(chiffres);
  if (!Number.isSafeInteger(valeur)) {
    return { ok: false, erreur: raisonMontantTropGrand(brut) };
  }
  const centimes = negatif && valeur !== 0 ? -valeur : valeur;
  return n.avertissement ? { ok: true, centimes, avertissement: n.avertissement } : { ok: true, centimes };
}

/** A sheet cell's number is in euros: round to the cent from its shortest decimal writing (no float drift). */
function lireNombreCellule(n: number): ResultatMontant {
  if (!Number.isFinite(n)) return { ok: false, erreur: 'Montant illisible : le calcul ne donne pas un nombre (erreur #NOMBRE!). Corrigez la formule ou écrivez le montant à la main.' };
  const negatif = n < 0;
  const abs = Math.abs(n);
  if (abs * 100 > Number.MAX_SAFE_INTEGER) {
    return { ok: false, erreur: raisonMontantTropGrand(String(n)) };
  }
  // String(n) is the shortest decimal that reads back as n (1234.56 → "1234.56"); tiny numbers use exponents.
  const texte = String(abs);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(texte);
  if (!m) return { ok: true, centimes: 0, avertissement: `Montant ${texte} € arrondi à 0 €.` };
  const entier = m[1]!;
  const decimales = m[2] ?? '';
  let centimes = Number(entier + decimales.slice(0, 2).padEnd(2, '0'));
  let avertissement: string | undefined;
  if (decimales.length > 2) {
    // Round half away from zero on the third decimal; a spreadsheet's float noise (0.1+0.2) lands here too.
    if (decimales.charCodeAt(2) >= 53 /* '5' */) centimes += 1;
    // Only warn when the extra digits are real (not float noise such as 0.30000000000000004).
    if (!/^(?:0{6,}|9{6,})/.test(decimales.slice(2))) {
      avertissement = `Montant ${texte.replace('.', ',')} € arrondi au centime.`;
    }
  }
  if (negatif && centimes !== 0) centimes = -centimes;
  return avertissement ? { ok: true, centimes, avertissement } : { ok: true, centimes };
}

/**
 * Reads an amount into integer euro cents. Accepts `2 500 000 €`, `90 000€`, `1 900 000,50 €`,
 * `2.500.000 €`, `2 millions d'euros`, `1,5 M€`, `800 k€`, `1,2 Md€`, `EUR`/`euros`, spaces U+0020,
 * U+00A0, U+202F, negative amounts (`-500 €`, `(500 €)`), and numbers from a sheet cell (euros).
 * Ambiguous figures (`1.900`) and anything else come back as `ok: false` with a French reason.
 * Never throws.
 */
export function lireMontant(entree: string | number | null | undefined): ResultatMontant {
  try {
    if (entree === null || entree === undefined) return { ok: false, erreur: 'Montant vide.' };
    if (typeof entree === 'number') return lireNombreCellule(entree);
    if (typeof entree !== 'string') return { ok: false, erreur: `Montant illisible : ${citer(String(entree))}.` };
    // Spaces of every kind, dashes, apostrophes and invisible characters: see texte/normalisation.
    const brut = normaliserCellule(entree).trim();
    if (brut === '') return { ok: false, erreur: 'Montant vide.' };

    let texte = brut.replace(/\s+/g, ' ').toLowerCase();
    let negatif = false;
    // Accounting writes a negative amount between parentheses: (500 €).
    const parentheses = /^\((.*)\)$/.exec(texte);
    if (parentheses) {
      negatif = true;
      texte = parentheses[1]!.trim();
    }
    const m = FORME.exec(texte);
    if (!m) {
      if (!/\d/.test(texte)) return lireEnLettres(brut);
      return { ok: false, erreur: `Montant illisible : ${citer(brut)}. ${EXEMPLE}` };
    }
    const [, signe, , chiffres, multiplicateur] = m;
    if (signe === '-') {
      if (negatif) return { ok: false, erreur: `Montant illisible : ${citer(brut)} (deux signes moins). ${EXEMPLE}` };
      negatif = true;
    }
    const exposant = multiplicateur ? MULTIPLICATEURS.find(([re]) => re.test(multiplicateur))![1] : 0;
    const nombre = lireNombre(chiffres!, brut, exposant);
    if (typeof nombre === 'string') return { ok: false, erreur: nombre };
    return enCentimes(nombre, exposant, negatif, brut);
  } catch {
    // Defensive: a reader must never throw past its boundary.
    return { ok: false, erreur: `Montant illisible : ${citer(String(entree))}. ${EXEMPLE}` };
  }
}

/** An amount typed in words (`deux millions d'euros`) is read, with a warning asking for figures. */
function lireEnLettres(brut: string): ResultatMontant {
  const lu = lireMontantEnLettres(brut);
  if (!lu.ok) {
    return { ok: false, erreur: `Montant illisible : ${citer(brut)} ne contient pas de chiffres. ${EXEMPLE}` };
  }
  const conseil = `Montant écrit en lettres, lu ${formaterMontant(lu.centimes)} ; écrivez-le en chiffres.`;
  return { ok: true, centimes: lu.centimes, avertissement: [conseil, ...lu.avertissements].join(' ') };
}

const AVEC_CENTIMES = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const SANS_CENTIMES = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * Writes cents as French euros with Intl (`2 500 000 €`: U+202F between thousands, U+00A0 before €).
 * Cents appear when non-zero, or always with `{ decimales: true }` (`2 500 000,00 €`).
 * Euros and cents are formatted separately so huge amounts never lose a cent to float rounding.
 */
export function formaterMontant(centimes: number, options?: { decimales?: boolean }): string {
  if (!Number.isFinite(centimes)) return String(centimes);
  const entier = Math.round(centimes);
  const abs = Math.abs(entier);
  const reste = abs % 100;
  const euros = (abs - reste) / 100;
  const avecCentimes = reste !== 0 || options?.decimales === true;
  // -0 keeps the minus sign in Intl, which we want for -0,50 €.
  const signe = entier < 0 ? -euros : euros;
  if (!avecCentimes) return SANS_CENTIMES.format(signe);
  return AVEC_CENTIMES.formatToParts(signe)
    .map((p) => (p.type === 'fraction' ? String(reste).padStart(2, '0') : p.value))
    .join('');
}

const COURT = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 3 });

/**
 * A compact amount for badges and charts: `2,5 M€`, `50 k€`, `1,2 Md€`, `800 €` (3 significant digits,
 * U+00A0 before the unit). Below 1 000 € it is the full amount.
 */
export function formaterMontantCourt(centimes: number): string {
  if (!Number.isFinite(centimes)) return String(centimes);
  const euros = Math.abs(centimes) / 100;
  const signe = centimes < 0 ? '-' : '';
  const unites: Array<[number, string]> = [
    [1e9, 'Md€'],
    [1e6, 'M€'],
    [1e3, 'k€'],
  ];
  for (let i = 0; i < unites.length; i++) {
    const [facteur, unite] = unites[i]!;
    if (euros >= facteur) {
      const valeur = Number((euros / facteur).toPrecision(3));
      // 999 999 € rounds to 1 000 k€: move up to the next unit (1 M€).
      if (valeur >= 1000 && i > 0) {
        const [facteurSup, uniteSup] = unites[i - 1]!;
        return `${signe}${COURT.format(euros / facteurSup)}\u00a0${uniteSup}`;
      }
      return `${signe}${COURT.format(valeur)}\u00a0${unite}`;
    }
  }
  return formaterMontant(Math.round(centimes));
}
