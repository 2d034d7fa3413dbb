// Amounts in words, both ways, so a convention's figures can be checked against its words.
// Writing follows France's rules (domain-research.md §5.1): traditional spelling by default
// (`deux millions cinq cent mille euros`), the 1990 reform on request (`deux millions cinq-cent-mille euros`);
// million and milliard are nouns (plural, never hyphenated); cent and vingt agree only when multiplied and
// last (before a noun too: `deux cents millions`); mille never agrees. Reading accepts both spellings and
// reports slips and Belgian/Swiss forms as warnings.
import { citer, normaliserTexte } from './texte';

export type ResultatLettres =
  | { ok: true; centimes: number; avertissements: string[] }
  | { ok: false; erreur: string };

const UNITES = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf',
  'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
] as const;
const DIZAINES = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const;

// ---------------------------------------------------------------------------------------------
// Writing

/** 0…99 in traditional spelling (`vingt et un`, `soixante-douze`, `quatre-vingts` when `final`). */
function moinsDeCent(n: number, final: boolean): string {
  if (n <= 16) return UNITES[n]!;
  if (n < 20) return `dix-${UNITES[n - 10]}`;
  const d = Math.floor(n / 10);
  const u = n % 10;
  if (d === 7 || d === 9) {
    const base = d === 7 ? 'soixante' : 'quatre-vingt';
    const reste = 10 + u;
    if (d === 7 && u === 1) return 'soixante et onze';
    return `${base}-${moinsDeCent(reste, false)}`;
  }
  if (d === 8) return u === 0 ? (final ? 'quatre-vingts' : 'quatre-vingt') : `quatre-vingt-${UNITES[u]}`;
  const dizaine = DIZAINES[d]!;
  if (u === 0) return dizaine;
  if (u === 1) return `${dizaine} et un`;
  return `${dizaine}-${UNITES[u]}`;
}

/**
 * 1…999 in traditional spelling. `final`: nothing but a noun (million, milliard, euros) follows, so
 * `cents` / `quatre-vingts` take their s; before `mille` they do not.
 */
function moinsDeMille(n: number, final: boolean): string {
  const c = Math.floor(n / 100);
  const r = n % 100;
  const mots: string[] = [];
  if (c === 1) mots.push('cent');
  else if (c > 1) mots.push(`${UNITES[c]} ${r === 0 && final ? 'cents' : 'cent'}`);
  if (r > 0) mots.push(moinsDeCent(r, final));
  return mots.join(' ');
}

/** 1…999 999: the numeral adjectives before a noun or at the end (`deux cent mille`, `mille deux cents`). */
function moinsDUnMillion(n: number, final: boolean): string {
  const milliers = Math.floor(n / 1000);
  const reste = n % 1000;
  const mots: string[] = [];
  if (milliers === 1) mots.push('mille');
  else if (milliers > 1) mots.push(`${moinsDeMille(milliers, false)} mille`);
  if (reste > 0) mots.push(moinsDeMille(reste, final));
  return mots.join(' ');
}

/** A whole number in words (0 … 999 999 999 999 999), traditional or 1990 spelling. */
export function nombreEnLettres(n: number, options?: { orthographe1990?: boolean }): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Entier positif attendu : ${n}.`);
  if (n === 0) return 'zéro';
  // 1990: hyphens between every numeral adjective ("cinq-cent-mille", "vingt-et-un"), never around nouns.
  const chaine = (s: string): string => (options?.orthographe1990 ? s.replace(/ /g, '-') : s);
  const milliards = Math.floor(n / 1e9);
  const millions = Math.floor(n / 1e6) % 1000;
  const reste = n % 1e6;
  const parties: string[] = [];
  if (milliards > 0) {
    parties.push(milliards === 1 ? 'un milliard' : `${chaine(moinsDUnMillion(milliards, true))} milliards`);
  }
  if (millions > 0) {
    parties.push(millions === 1 ? 'un million' : `${chaine(moinsDeMille(millions, true))} millions`);
  }
  if (reste > 0) parties.push(chaine(moinsDUnMillion(reste, true)));
  return parties.join(' ');
}

/**
 * Spells an amount of cents: `deux millions cinq cent mille euros`, `deux millions d'euros`, `un euro`,
 * `zéro euro`, `deux euros et cinquante centimes`, `cinquante centimes`, `moins cinq cents euros`.
 * Convention: cents are joined by « et » and written « centimes »; whole millions and milliards take
 * « d'euros ». Non-integer or unsafe cents → RangeError (callers hold integer cents by contract).
 */
export function montantEnLettres(centimes: number, options?: { orthographe1990?: boolean }): string {
  if (!Number.isSafeInteger(centimes)) throw new RangeError(`Montant en centimes entier attendu : ${centimes}.`);
  const abs = Math.abs(centimes);
  const cts = abs % 100;
  const euros = (abs - cts) / 100;
  const mots: string[] = [];
  if (euros > 0 || cts === 0) {
    const nombre = nombreEnLettres(euros, options);
    // "de" after a noun of quantity: deux millions d'euros, but deux millions cinq cent mille euros.
    const devise = euros >= 1e6 && euros % 1e6 === 0 ? "d'euros" : euros >= 2 ? 'euros' : 'euro';
    mots.push(`${nombre} ${devise}`);
  }
  if (cts > 0) {
    if (mots.length > 0) mots.push('et');
    mots.push(`${nombreEnLettres(cts, options)} ${cts >= 2 ? 'centimes' : 'centime'}`);
  }
  const texte = mots.join(' ');
  return centimes < 0 ? `moins ${texte}` : texte;
}

// ---------------------------------------------------------------------------------------------
// Reading

const VALEURS_UNITES: ReadonlyMap<string, number> = new Map(
  UNITES.map((m, i) => [normaliserTexte(m), i] as [string, number]),
);
const VALEURS_DIZAINES: ReadonlyMap<string, number> = new Map([
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
]);
/** Belgian and Swiss tens: read, with a warning giving France's form. */
const DIZAINES_REGIONALES: ReadonlyMap<string, [number, string, string]> = new Map([
  ['septante', [70, 'usage belge et suisse', 'soixante-dix']],
  ['octante', [80, 'usage suisse ancien', 'quatre-vingts']],
  ['huitante', [80, 'usage suisse', 'quatre-vingts']],
  ['nonante', [90, 'usage belge et suisse', 'quatre-vingt-dix']],
]);

class Illisible extends Error {}

/** A cursor over the words, collecting warnings. */
class Lecteur {
  i = 0;
  readonly avertissements: string[] = [];
  constructor(readonly mots: string[]) {}
  get courant(): string | undefined {
    return this.mots[this.i];
  }
  voir(decalage: number): string | undefined {
    return this.mots[this.i + decalage];
  }
  avertir(message: string): void {
    if (!this.avertissements.includes(message)) this.avertissements.push(message);
  }
}

function estUnite(mot: string | undefined, min: number, max: number): boolean {
  const v = mot === undefined ? undefined : VALEURS_UNITES.get(mot);
  return v !== undefined && v >= min && v <= max;
}

/** 1…19 as one or two words (`dix sept`), or undefined without consuming. */
function lireDixNeuf(l: Lecteur): number | undefined {
  const mot = l.courant;
  if (mot === 'dix' && estUnite(l.voir(1), 7, 9)) {
    const v = 10 + VALEURS_UNITES.get(l.voir(1)!)!;
    l.i += 2;
    return v;
  }
  if (estUnite(mot, 1, 16)) {
    l.i += 1;
    return VALEURS_UNITES.get(mot!)!;
  }
  return undefined;
}

/** 1…99 (or undefined without consuming); the s of a final `quatre-vingts` is checked by the caller. */
function lireMoinsDeCent(l: Lecteur): number | undefined {
  const mot = l.courant;
  if (mot === undefined) return undefined;
  // quatre-vingt(s) …
  if (mot === 'quatre' && (l.voir(1) === 'vingt' || l.voir(1) === 'vingts')) {
    const avecS = l.voir(1) === 'vingts';
    l.i += 2;
    let reste = 0;
    if (l.courant === 'et' && (l.voir(1) === 'un' || l.voir(1) === 'onze')) {
      l.avertir(`« quatre-vingt et ${l.voir(1)} » s'écrit sans « et » : « quatre-vingt-${l.voir(1)} ».`);
      l.i += 1;
    }
    reste = lireDixNeuf(l) ?? 0;
    if (avecS && reste > 0) l.avertir(`« quatre-vingts » perd son s quand un nombre le suit : « quatre-vingt-${moinsDeCent(reste, false)} ».`);
    return 80 + reste;
  }
  const regionale = DIZAINES_REGIONALES.get(mot);
  const dizaine = VALEURS_DIZAINES.get(mot) ?? regionale?.[0];
  if (dizaine !== undefined) {
    l.i += 1;
    if (regionale) {
      l.avertir(`« ${mot} » (${regionale[1]}) lu ${regionale[0]} ; en France, on écrit « ${regionale[2]} ».`);
    }
    if (l.courant === 'et' && l.voir(1) === 'un') {
      l.i += 2;
      return dizaine + 1;
    }
    if (dizaine === 60 && l.courant === 'et' && l.voir(1) === 'onze') {
      l.i += 2;
      return 71;
    }
    // soixante-dix … soixante-dix-neuf
    if (dizaine === 60 && (l.courant === 'dix' || estUnite(l.courant, 11, 16))) {
      if (l.courant === 'onze') l.avertir('« soixante-onze » s\'écrit « soixante et onze ».');
      return 60 + lireDixNeuf(l)!;
    }
    if (estUnite(l.courant, 1, 9)) {
      const u = VALEURS_UNITES.get(l.courant!)!;
      if (u === 1) l.avertir(`« ${mot}-un » s'écrit « ${mot} et un ».`);
      l.i += 1;
      return dizaine + u;
    }
    return dizaine;
  }
  return lireDixNeuf(l);
}

/** 1…999 (or undefined without consuming), with what the caller needs to check plural agreement. */
function lireMoinsDeMille(l: Lecteur): { valeur: number; centsFinal: boolean; vingtFinal: boolean } | undefined {
  const debut = l.i;
  let centaines = 0;
  let motCent: string | undefined;
  if ((l.courant === 'cent' || l.courant === 'cents')) {
    centaines = 1;
    motCent = l.courant;
    if (motCent === 'cents') l.avertir('« cent » seul ne prend pas de s : « cent ».');
    l.i += 1;
  } else if (estUnite(l.courant, 1, 9) && (l.voir(1) === 'cent' || l.voir(1) === 'cents')) {
    centaines = VALEURS_UNITES.get(l.courant!)!;
    if (centaines === 1) l.avertir('« un cent » s\'écrit « cent ».');
    motCent = l.voir(1);
    l.i += 2;
  }
  const avantReste = l.i;
  const reste = lireMoinsDeCent(l) ?? 0;
  if (l.i === debut) return undefined;
  if (motCent === 'cents' && centaines > 1 && reste > 0) {
    l.avertir(`« cents » perd son s quand un nombre le suit : « ${UNITES[centaines]} cent ${moinsDeCent(reste, false)} ».`);
  }
  const dernier = l.mots[l.i - 1];
  return {
    valeur: centaines * 100 + reste,
    // Plural agreement is checked by the caller, who knows what follows.
    centsFinal: l.i > avantReste ? false : motCent !== undefined && centaines > 1,
    vingtFinal: reste === 80 && (dernier === 'vingt' || dernier === 'vingts'),
  };
}

/** Checks the s of a final `cent(s)` / `quatre-vingt(s)` given what follows (`mille` or a noun/end). */
function verifierAccord(
  l: Lecteur,
  lu: { valeur: number; centsFinal: boolean; vingtFinal: boolean },
  avantMille: boolean,
  dernier: string | undefined,
): void {
  if (lu.centsFinal) {
    if (avantMille && dernier === 'cents') {
      l.avertir(`« cent » reste invariable devant « mille » : « ${moinsDeMille(lu.valeur, false)} mille ».`);
    }
    if (!avantMille && dernier === 'cent') {
      l.avertir(`« cent » multiplié prend un s en fin de nombre : « ${moinsDeMille(lu.valeur, true)} ».`);
    }
  }
  if (lu.vingtFinal) {
    if (avantMille && dernier === 'vingts') l.avertir('« vingt » reste invariable devant « mille » : « quatre-vingt mille ».');
    if (!avantMille && dernier === 'vingt') l.avertir('« quatre-vingt » prend un s en fin de nombre : « quatre-vingts ».');
  }
}

/** 1…999 999 (or undefined): [sous-mille] mille [sous-mille]. */
function lireMoinsDUnMillion(l: Lecteur): number | undefined {
  const debut = l.i;
  let total = 0;
  const premier = lireMoinsDeMille(l);
  if (l.courant === 'mille' || l.courant === 'milles' || l.courant === 'mil') {
    const mot = l.courant;
    if (mot === 'milles') l.avertir('« mille » est invariable : « mille », jamais « milles ».');
    if (mot === 'mil') l.avertir('« mil » ne s\'emploie que dans les dates : « mille ».');
    if (premier) {
      if (premier.valeur === 1) l.avertir('« un mille » s\'écrit « mille ».');
      verifierAccord(l, premier, true, l.mots[l.i - 1]);
    }
    l.i += 1;
    total = (premier?.valeur ?? 1) * 1000;
    const second = lireMoinsDeMille(l);
    if (second) {
      total += second.valeur;
      verifierAccord(l, second, false, l.mots[l.i - 1]);
    }
  } else if (premier) {
    total = premier.valeur;
    verifierAccord(l, premier, false, l.mots[l.i - 1]);
  }
  return l.i === debut ? undefined : total;
}

/** A whole number in words; throws Illisible with a French reason. */
function lireNombre(l: Lecteur): number {
  let total = 0;
  let rangPrecedent = Infinity;
  const depart = l.i;
  for (;;) {
    const debut = l.i;
    const groupe = lireMoinsDUnMillion(l);
    const nom = l.courant;
    const rang = nom === 'milliard' || nom === 'milliards' ? 9 : nom === 'million' || nom === 'millions' ? 6 : 0;
    if (rang === 0 || nom === undefined) {
      if (groupe === undefined) {
        if (l.i === depart) throw new Illisible(l.courant === undefined ? 'aucun nombre' : `« ${l.courant} » n'est pas un nombre écrit en lettres`);
        return total;
      }
      return total + groupe;
    }
    if (rang >= rangPrecedent) throw new Illisible(`« ${nom} » est mal placé`);
    const compte = groupe ?? 0;
    if (groupe === undefined) throw new Illisible(`« ${nom} » doit être précédé d'un nombre (« un ${nom.replace(/s$/, '')} »)`);
    if (rang === 6 && compte >= 1000) throw new Illisible(`« ${l.mots.slice(debut, l.i + 1).join(' ')} » : écrivez des milliards`);
    const pluriel = nom.endsWith('s');
    if (compte >= 2 && !pluriel) l.avertir(`« ${nom} » prend un s au pluriel : « ${nom}s ».`);
    if (compte < 2 && pluriel) l.avertir(`« un ${nom} » s'écrit au singulier : « un ${nom.replace(/s$/, '')} ».`);
    total += compte * 10 ** rang;
    rangPrecedent = rang;
    l.i += 1;
  }
}

/** Splits a text into words: accents folded, hyphens and commas as spaces, `€`/`d'euros` as `euros`. */
function mots(texte: string): string[] {
  const t = normaliserTexte(texte)
    .replace(/€|\beur\b/g, ' euros ')
    .replace(/\b(?:d'|de\s+)(euros?)\b/g, ' $1 ')
    .replace(/[-‐‑–,;.()]/g, ' ')
    .trim();
  return t === '' ? [] : t.split(/\s+/);
}

/**
 * Reads an amount written in words back into cents: both spellings, hyphens optional, case and accents
 * ignored, `euros`/`d'euros`/`€` optional, cents as `et cinquante centimes` / `cinquante centimes` /
 * `euros cinquante`; `moins` for a negative amount. Slips (`quatre-vingt` alone, `milles`) and
 * Belgian/Swiss tens are read with warnings. Never throws.
 */
export function lireMontantEnLettres(texte: string): ResultatLettres {
  const brut = typeof texte === 'string' ? texte.trim() : '';
  if (brut === '') return { ok: false, erreur: 'Montant en lettres vide.' };
  const echec = (raison: string): ResultatLettres => ({
    ok: false,
    erreur: `Montant en lettres illisible : ${citer(brut)} — ${raison}. Écrivez par exemple « deux millions cinq cent mille euros ».`,
  });
  try {
    if (/\d/.test(brut)) return echec('il contient des chiffres ; lisez-le comme un montant en chiffres');
    const l = new Lecteur(mots(brut));
    let negatif = false;
    if (l.courant === 'moins') {
      negatif = true;
      l.i += 1;
    }
    let euros = 0;
    let centimes = 0;
    let motDevise: string | undefined;
    if (l.courant === 'zero') {
      l.i += 1;
    } else {
      euros = lireNombre(l);
    }
    if (l.courant === 'euro' || l.courant === 'euros') {
      motDevise = l.courant;
      l.i += 1;
    } else if (l.courant === 'centime' || l.courant === 'centimes') {
      // Only cents: « cinquante centimes ».
      if (euros >= 100) return echec('un montant en centimes doit être inférieur à cent');
      centimes = euros;
      euros = 0;
      l.i += 1;
      motDevise = 'centimes';
    }
    // Cents: « [euros] [et] cinquante [centimes] »; without the word « euros », « et … centimes » is required.
    if (motDevise !== 'centimes' && l.courant !== undefined) {
      const avecEt = l.courant === 'et';
      if (motDevise === undefined && !avecEt) return echec(`« ${l.courant} » n'est pas attendu ici`);
      if (avecEt) l.i += 1;
      const cts = l.courant === 'zero' ? (l.i++, 0) : lireNombre(l);
      if (cts >= 100) return echec('les centimes doivent être inférieurs à cent');
      centimes = cts;
      if (l.courant === 'centime' || l.courant === 'centimes') {
        l.i += 1;
      } else if (motDevise === undefined) {
        return echec('précisez « centimes » après les centimes');
      }
    }
    if (l.courant !== undefined) return echec(`« ${l.courant} » n'est pas attendu ici`);
    if (motDevise === 'euro' && euros >= 2) l.avertir('« euro » prend un s au pluriel : « euros ».');
    if (motDevise === 'euros' && euros < 2 && !/^zero\b/.test(l.mots[negatif ? 1 : 0] ?? '')) {
      l.avertir('« euros » s\'écrit au singulier en dessous de deux : « un euro ».');
    }
    const total = euros * 100 + centimes;
    if (!Number.isSafeInteger(total)) return echec('le montant est trop grand');
    return { ok: true, centimes: negatif && total !== 0 ? -total : total, avertissements: l.avertissements };
  } catch (e) {
    if (e instanceof Illisible) return echec(e.message);
    return echec('texte inattendu');
  }
}
