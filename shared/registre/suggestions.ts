// Which beta.gouv.fr startups and incubators a convention names, among those Jauge holds (the
// registry's snapshot and the site's API list): proposed at review and on any saved convention, for
// a person to confirm. Names are compared word by word, without accents or case; a name is taken as
// named only on evidence that it is the product's name and not a common phrase: quoted or in bold,
// introduced as a service, a startup or a team, written with its capitals when it is specific enough
// (three words, a digit, an inner capital), or its slug written out (`data.insertion`). Startups cited
// as examples of the programme (« parmi lesquelles Mon Entreprise… ») are not proposed.
import type { Convention, Incubateur, Partie, Startup } from '../model';
import { normaliserTexte } from '../texte';
import { normaliserSlug } from './liens';

export interface SuggestionLien {
  sorte: 'startup' | 'incubateur';
  /** The startup's slug or the incubator's id, as the registry holds it. */
  id: string;
  nom: string;
  /** Higher is surer; suggestions come best first. */
  score: number;
  /** Why, in French: `nommée dans le document : « Classe à 12 » (ligne 33, 4 fois)`. */
  raison: string;
  /** Text line (1-based) of the first mention. */
  ligne: number;
}

export interface Referentiel {
  startups: readonly Pick<Startup, 'slug' | 'nom' | 'anciensSlugs' | 'incubateur'>[];
  incubateurs: readonly Incubateur[];
}

/** What is read: a document's text, else what a saved convention says of itself. */
export interface SourceSuggestions {
  texte?: string;
  convention?: Pick<Convention, 'titre' | 'delegant' | 'delegataire' | 'autresParties' | 'startups' | 'incubateur'>;
}

/** Words that carry no name of their own. */
const MOTS_VIDES = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'a', 'au', 'aux', 'en', 'un', 'une', 'pour', 'par', 'sur', 'dans', 'avec', 'ma', 'mon', 'mes', 'son', 'sa', 'ses', 'the', 'of']);
/** Words that introduce a product (within the few words before its name). */
const INTRODUCTEURS = new Set(['service', 'startup', 'produit', 'equipe', 'plateforme', 'outil', 'application', 'site', 'projet', 'incubateur', 'gip']);
const GUILLEMETS_OUVRANTS = /[«"“*[(]\s*$/;
/** Only true quotes around a one-word name: a word alone in bold is a heading (« **Convention** »). */
const GUILLEMETS_SEULS = /[«"“]\s*$/;
const GUILLEMETS_FERMANTS = /^\s*[»"”]/;
const EXEMPLES = /parmi lesquel|par exemple|tels? que|telles? que/;
const DEFINITION = /ci-apres|denomm|design|appel/;

interface Jeton {
  plie: string;
  brut: string;
  debut: number;
  fin: number;
  ligne: number;
}

function jetons(texte: string): Jeton[] {
  const liste: Jeton[] = [];
  let ligne = 1;
  let dernier = 0;
  for (const m of texte.matchAll(/[\p{L}\p{N}]+/gu)) {
    for (let i = texte.indexOf('\n', dernier); i >= 0 && i < m.index; i = texte.indexOf('\n', i + 1)) ligne++;
    dernier = m.index;
    liste.push({ plie: normaliserTexte(m[0]), brut: m[0], debut: m.index, fin: m.index + m[0].length, ligne });
  }
  return liste;
}

function motsDe(nom: string): { plie: string; brut: string }[] {
  return [...nom.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ plie: normaliserTexte(m[0]), brut: m[0] }));
}

const majuscule = (s: string): boolean => /^\p{Lu}/u.test(s);
/** `InserJeunes`, `DossierFacile`: a capital inside a word marks a brand. */
const capitaleInterieure = (s: string): boolean => s.length >= 6 && /\p{Ll}\p{Lu}/u.test(s);

/** A name is specific when three words of its own, a digit or a brand-like word set it apart from prose. */
function specifique(mots: { plie: string; brut: string }[]): boolean {
  const pleins = mots.filter((m) => !MOTS_VIDES.has(m.plie));
  return pleins.length >= 3 || mots.some((m) => /\d/.test(m.plie) || capitaleInterieure(m.brut) || (m.brut.length >= 3 && m.brut === m.brut.toUpperCase() && /\p{L}/u.test(m.brut)));
}

interface Occurrence {
  jeton: number;
  longueur: number;
}

class Texte {
  readonly jetons: Jeton[];
  private readonly positions = new Map<string, number[]>();

  constructor(readonly brut: string) {
    this.jetons = jetons(brut);
    this.jetons.forEach((j, i) => {
      const p = this.positions.get(j.plie);
      if (p) p.push(i);
      else this.positions.set(j.plie, [i]);
    });
  }

  /** Where the words of `mots` follow each other in the text. */
  occurrences(mots: readonly string[]): Occurrence[] {
    if (mots.length === 0) return [];
    const trouvees: Occurrence[] = [];
    for (const p of this.positions.get(mots[0]!) ?? []) {
      if (mots.every((m, k) => this.jetons[p + k]?.plie === m)) trouvees.push({ jeton: p, longueur: mots.length });
    }
    return trouvees;
  }

  /** Quoted, in bold or in brackets. */
  entreGuillemets(o: Occurrence): boolean {
    const debut = this.jetons[o.jeton]!.debut;
    return GUILLEMETS_OUVRANTS.test(this.brut.slice(Math.max(0, debut - 3), debut));
  }

  /**
   * The whole quoted phrase: « Pix », not « Pix et Dora »; never a term the text defines
   * (« ci-après la « Convention » », « dénommé « le délégant » »).
   */
  seulEntreGuillemets(o: Occurrence): boolean {
    const debut = this.jetons[o.jeton]!.debut;
    const fin = this.jetons[o.jeton + o.longueur - 1]!.fin;
    if (!GUILLEMETS_SEULS.test(this.brut.slice(Math.max(0, debut - 3), debut)) || !GUILLEMETS_FERMANTS.test(this.brut.slice(fin, fin + 3))) return false;
    // What leads to the quote, since the last closing quote or bracket.
    const avant = this.brut.slice(Math.max(0, debut - 40), debut - 1);
    return !DEFINITION.test(normaliserTexte(avant.slice(Math.max(...[...'»”")'].map((c) => avant.lastIndexOf(c))) + 1)));
  }

  /** Introduced as a service, a startup, a team… (never « startup d'État », the programme's phrase). */
  introduit(o: Occurrence): boolean {
    if (this.jetons[o.jeton - 1]?.plie === 'd' && /^startups?$/.test(this.jetons[o.jeton - 2]?.plie ?? '')) return false;
    for (let k = Math.max(0, o.jeton - 4); k < o.jeton; k++) if (INTRODUCTEURS.has(this.jetons[k]!.plie)) return true;
    return false;
  }

  /** The name's capitals are the text's (the text may have more: a heading in capitals). */
  memesCapitales(o: Occurrence, mots: { brut: string }[]): boolean {
    return mots.every((m, k) => !majuscule(m.brut) || majuscule(this.jetons[o.jeton + k]!.brut));
  }

  /** In a sentence that lists examples of the programme's startups (« parmi lesquelles … »). */
  citeeEnExemple(o: Occurrence): boolean {
    const debut = this.jetons[o.jeton]!.debut;
    const avant = this.brut.slice(Math.max(0, debut - 300), debut);
    const phrase = avant.slice(Math.max(avant.lastIndexOf('.'), avant.lastIndexOf('\n')) + 1);
    return EXEMPLES.test(normaliserTexte(phrase));
  }

  /** The slug written out as such (`data.insertion`), not only its words. */
  slugEcrit(o: Occurrence, slug: string): boolean {
    const j = this.jetons[o.jeton]!;
    const f = this.jetons[o.jeton + o.longueur - 1]!;
    return normaliserTexte(this.brut.slice(j.debut, f.fin)) === normaliserTexte(slug);
  }
}

interface Preuve {
  score: number;
  raison: string;
  occurrences: Occurrence[];
}

/** The stronger evidence, one point more when both hold (a name and its slug), every mention counted once. */
function meilleure(a: Preuve | null, b: Preuve | null): Preuve | null {
  if (!a) return b;
  if (!b) return a;
  const [forte, autre] = b.score > a.score ? [b, a] : [a, b];
  const vues = new Set(forte.occurrences.map((o) => o.jeton));
  return { score: forte.score + 1, raison: forte.raison, occurrences: [...forte.occurrences, ...autre.occurrences.filter((o) => !vues.has(o.jeton))] };
}

/**
 * The evidence that `nom` (a startup's or an incubator's name) is named in the text: quoted or in
 * bold; or written with its capitals and either specific or introduced as a service, a team…
 * A one-word name must be written exactly so, alone between quotes (« Pix »).
 */
function preuveDuNom(t: Texte, nom: string): Preuve | null {
  const mots = motsDe(nom);
  const pleins = mots.filter((m) => !MOTS_VIDES.has(m.plie));
  if (pleins.length === 0) return null;
  const estSpecifique = specifique(mots);
  const retenue = (o: Occurrence): boolean => {
    if (t.citeeEnExemple(o)) return false;
    if (pleins.length === 1) {
      const exact = mots.every((m, k) => t.jetons[o.jeton + k]!.brut === m.brut);
      return exact && t.seulEntreGuillemets(o);
    }
    return t.entreGuillemets(o) || (t.memesCapitales(o, mots) && (estSpecifique || t.introduit(o)));
  };
  const retenues = t.occurrences(mots.map((m) => m.plie)).filter(retenue);
  if (retenues.length === 0) return null;
  return { score: 10 + Math.min(pleins.length, 5), raison: `« ${nom} »`, occurrences: retenues };
}

/** A slug written out (`tdb-apprentissage`, `data.insertion`); a one-word slug alone between quotes, in its own case. */
function preuveDuSlug(t: Texte, slug: string): Preuve | null {
  const mots = motsDe(slug).map((m) => m.plie);
  if (mots.length === 0) return null;
  // A one-word slug is written as such, in lower case (`DINUM` is a party's acronym, not the slug `dinum`).
  const retenues = t
    .occurrences(mots)
    .filter((o) => !t.citeeEnExemple(o) && (mots.length > 1 ? t.slugEcrit(o, slug) : t.seulEntreGuillemets(o) && t.jetons[o.jeton]!.brut === slug));
  if (retenues.length === 0) return null;
  return { score: mots.length > 1 ? 13 : 9, raison: `« ${slug} »`, occurrences: retenues };
}

/** A brand-like word of the name (`InserJeunes` in « Exposition des données InserJeunes & InserSup »): a weaker hint. */
function preuveDuMotRare(t: Texte, nom: string): Preuve | null {
  let preuve: Preuve | null = null;
  for (const m of motsDe(nom)) {
    if (!capitaleInterieure(m.brut)) continue;
    const retenues = t.occurrences([m.plie]).filter((o) => !t.citeeEnExemple(o));
    if (retenues.length > 0) preuve = meilleure(preuve, { score: 4, raison: `« ${m.brut} », un mot de son nom`, occurrences: retenues });
  }
  return preuve;
}

function suggestion(sorte: SuggestionLien['sorte'], id: string, nom: string, preuve: Preuve, t: Texte): SuggestionLien {
  const n = preuve.occurrences.length;
  const ligne = Math.min(...preuve.occurrences.map((o) => t.jetons[o.jeton]!.ligne));
  const nommee = sorte === 'startup' ? 'nommée' : 'nommé';
  const ou = [`ligne ${ligne}`, ...(n > 1 ? [`${n} fois`] : [])].join(', ');
  return { sorte, id, nom, score: preuve.score + Math.min(n - 1, 3), raison: `${nommee} dans le document : ${preuve.raison} (${ou})`, ligne };
}

function texteDeConvention(c: NonNullable<SourceSuggestions['convention']>): string {
  const partie = (p: Partie | undefined) => [p?.nom, p?.sigle].filter(Boolean).join(' ');
  return [c.titre, partie(c.delegant), partie(c.delegataire), ...(c.autresParties ?? []).map(partie)].filter(Boolean).join('\n');
}

/**
 * The startups and incubators the text (else the convention's title and parties) names, best first,
 * those already linked left out; at most `max`. Never throws.
 */
export function suggererLiens(source: SourceSuggestions, referentiel: Referentiel, max = 10): SuggestionLien[] {
  const brut = source.texte ?? (source.convention ? texteDeConvention(source.convention) : '');
  if (brut.trim() === '') return [];
  const t = new Texte(brut.normalize('NFC'));
  const liees = new Set((source.convention?.startups ?? []).map(normaliserSlug));
  const incubateurLie = source.convention?.incubateur ? normaliserSlug(source.convention.incubateur) : null;
  const suggestions: SuggestionLien[] = [];
  for (const s of referentiel.startups) {
    const cles = [s.slug, ...(s.anciensSlugs ?? [])];
    if (cles.some((c) => liees.has(normaliserSlug(c)))) continue;
    let preuve = meilleure(preuveDuNom(t, s.nom), preuveDuMotRare(t, s.nom));
    for (const cle of cles) preuve = meilleure(preuve, preuveDuSlug(t, cle));
    if (preuve) suggestions.push(suggestion('startup', s.slug, s.nom, preuve, t));
  }
  for (const i of referentiel.incubateurs) {
    if (incubateurLie === normaliserSlug(i.id)) continue;
    const preuve = meilleure(preuveDuNom(t, i.nom), preuveDuSlug(t, i.id));
    // An incubator is a wider link than a startup it names: ranked just below at equal evidence.
    if (preuve) suggestions.push(suggestion('incubateur', i.id, i.nom, { ...preuve, score: preuve.score - 1 }, t));
  }
  return suggestions.sort((a, b) => b.score - a.score || a.ligne - b.ligne || a.nom.localeCompare(b.nom, 'fr')).slice(0, max);
}

/**
 * The picker's search among every startup and incubator held: each query word must start a word of
 * the name or the slug (accents and case ignored); names that start with the query first. An empty
 * query lists nothing (the list is long).
 */
export function chercherDansReferentiel(requete: string, referentiel: Referentiel, max = 20): { sorte: SuggestionLien['sorte']; id: string; nom: string }[] {
  const mots = motsDe(requete).map((m) => m.plie);
  if (mots.length === 0) return [];
  const candidats = [
    ...referentiel.startups.map((s) => ({ sorte: 'startup' as const, id: s.slug, nom: s.nom, cles: [s.nom, s.slug, ...(s.anciensSlugs ?? [])] })),
    ...referentiel.incubateurs.map((i) => ({ sorte: 'incubateur' as const, id: i.id, nom: i.nom, cles: [i.nom, i.id] })),
  ];
  const trouves: { sorte: SuggestionLien['sorte']; id: string; nom: string; rang: number }[] = [];
  for (const c of candidats) {
    const motsCandidat = c.cles.flatMap((cle) => motsDe(cle).map((m) => m.plie));
    if (!mots.every((m) => motsCandidat.some((x) => x.startsWith(m)))) continue;
    const nomPlie = motsDe(c.nom).map((m) => m.plie).join(' ');
    trouves.push({ sorte: c.sorte, id: c.id, nom: c.nom, rang: nomPlie.startsWith(mots.join(' ')) ? 0 : 1 });
  }
  return trouves
    .sort((a, b) => a.rang - b.rang || a.nom.localeCompare(b.nom, 'fr'))
    .slice(0, max)
    .map(({ sorte, id, nom }) => ({ sorte, id, nom }));
}
