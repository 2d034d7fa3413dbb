// The Chorus imputation references (« Références Chorus »): axes ministériels, domaine
// fonctionnel, centre financier, activités, centre de coûts. Codes are kept as written
// (`01030000-2303` is flagged later by `code-chorus-mal-forme`), but two kinds of lines are
// not the convention's imputation:
// - the « Paramétrage de l'adhérence » block lists the délégataire's own purchasing settings
//   in Chorus (service prescripteur, organisation d'achat, its own centre de coûts DININCUB…);
// - a value of several words where a code is expected (« CENLOG 1075 ») is not a code: whether
//   it is one code typed with a space or two codes cannot be told, so it is left out rather than
//   guessed (the line stays in the text for anyone to read).
import type { Chorus } from '../../model';
import { blocsCleValeur, type BlocCleValeur, type CleValeur } from './cles-valeurs';
import type { DocumentConvention, Trouve } from './document';

type ChampChorus = keyof Chorus;
type Cle = ChampChorus | 'uo' | 'bop' | 'programme' | 'adherence' | 'autre';

/** Which field a folded key names. */
function champDe(cle: string): Cle | null {
  const k = cle.replace(/\(s\)/g, 's').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (/^axe ministeriel\s*(?:n°\s*)?2$/.test(k)) return 'axeMinisteriel2';
  if (/^axe ministeriel\s*(?:n°\s*)?1?$/.test(k)) return 'axeMinisteriel1';
  if (/^(?:code )?domaine fonctionnel$|^df$/.test(k)) return 'domaineFonctionnel';
  if (/^(?:code )?centre financier$|^cf$/.test(k)) return 'centreFinancier';
  if (/^(?:codes? )?activites?$|^activite$|^code activite$|^referentiel de programmation$/.test(k)) return 'activites';
  if (/^(?:code )?centres? de couts?$|^cdc$/.test(k)) return 'centreDeCout';
  if (/^(?:code )?(?:uo|unite operationnelle)$/.test(k)) return 'uo';
  if (/^(?:code )?bop$|^budget operationnel de programme$/.test(k)) return 'bop';
  if (/^(?:code )?programme$/.test(k)) return 'programme';
  if (/^(?:sp|service prescripteur|societe|oa|organisation d'achat|ga|groupe d'acheteurs|rtm|code service executant|comptable assignataire)$/.test(k)) return 'adherence';
  if (/^(?:ministere|mission|fonds|localisation interministerielle|groupe de marchandises|eotp|centre de profit)$/.test(k)) return 'autre';
  return null;
}

/** Keys that only an imputation block has (a centre de coûts also appears in adherence settings). */
const CHAMPS_IMPUTATION: ReadonlySet<Cle> = new Set(['axeMinisteriel1', 'axeMinisteriel2', 'domaineFonctionnel', 'centreFinancier', 'activites', 'uo', 'bop']);

function estBlocImputation(bloc: BlocCleValeur): boolean {
  if (/adherence|parametrage/.test(bloc.titre)) return false;
  const champs = bloc.entrees.map((e) => champDe(e.cle));
  if (champs.filter((c) => c === 'adherence').length >= 2) return false;
  return champs.some((c) => c !== null && CHAMPS_IMPUTATION.has(c));
}

/** A code is one token: trailing punctuation and brackets off; several words → null. */
function code(valeur: string): string | null {
  const v = valeur.replace(/^[\s[(«"]+|[\s\])»".,;]+$/g, '');
  return v !== '' && !/\s/.test(v) ? v : null;
}

/** Activity codes, one or several (`…0108, …0109`, `…0108 et …0109`); a part of several words is left out. */
function activites(valeur: string): string[] {
  const codes: string[] = [];
  for (const morceau of valeur.split(/\s*[,;/]\s*|\s+et\s+/)) {
    const c = code(morceau);
    if (c) codes.push(c);
    else {
      // « 010300000108 010300000109 »: codes listed with spaces, each long enough to be a code.
      const mots = morceau.trim().split(/\s+/);
      if (mots.length > 1 && mots.every((m) => /^[A-Za-z0-9-]{8,}$/.test(m))) codes.push(...mots);
    }
  }
  return codes;
}

export interface ChorusLu {
  chorus: Chorus;
  sources: Record<string, number>;
  /** UO / BOP codes found in the imputation block, for when the prose names none. */
  uo?: Trouve<string>;
  bop?: Trouve<string>;
}

export function lireChorus(doc: DocumentConvention): ChorusLu {
  const lu: ChorusLu = { chorus: {}, sources: {} };
  const blocs = blocsCleValeur(doc, (cle) => champDe(cle) !== null).filter(estBlocImputation);
  const entrees: CleValeur[] = blocs.flatMap((b) => b.entrees);
  for (const e of entrees) {
    const champ = champDe(e.cle);
    if (champ === null || champ === 'adherence' || champ === 'autre' || champ === 'programme') continue;
    if (champ === 'activites') {
      if (lu.chorus.activites) continue;
      const liste = activites(e.valeur);
      if (liste.length === 0) continue;
      lu.chorus.activites = liste;
      lu.sources['chorus.activites'] = e.ligne;
      liste.forEach((_, k) => (lu.sources[`chorus.activites.${k}`] = e.ligne));
    } else if (champ === 'uo' || champ === 'bop') {
      const c = code(e.valeur);
      if (c && !lu[champ]) lu[champ] = { valeur: c, ligne: e.ligne };
    } else if (lu.chorus[champ] === undefined) {
      // Axes ministériels are free labels (« Inserjeunes coaching »); the other fields are codes.
      const valeur = champ === 'axeMinisteriel1' || champ === 'axeMinisteriel2' ? e.valeur.replace(/[\s.;,]+$/, '') : code(e.valeur);
      if (!valeur) continue;
      lu.chorus[champ] = valeur;
      lu.sources[`chorus.${champ}`] = e.ligne;
    }
  }
  return lu;
}
