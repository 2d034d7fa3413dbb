// The edit form's values for one convention (at review after reading a document, or on a saved
// convention), and their application back onto it: every editable field as the person sees it
// (French dates « 31 décembre 2025 », amounts « 2 500 000 € »), read back as a document's would be
// (« 31/12/2025 », « 31 décembre 2025 », « 1,5 M€ »); anything unreadable is a French error named at
// its field. The reader's other data (sources, plan, avenant…) is kept.
import { formaterDate, lireDate } from '../../../shared/dates';
import { formaterMontant, lireMontant } from '../../../shared/montant';
import type { Convention, Partie, TypeConvention } from '../../../shared/model';
import { CHAMPS } from './champs';

export { AIDE_DATE, AIDE_MONTANT, CHAMPS, GROUPES, type CleTexte, type DefinitionChamp, type Saisie, type SaisieLigne } from './champs';
import type { Saisie, SaisieLigne } from './champs';


const montant = (centimes: number | null | undefined): string => (centimes === null || centimes === undefined ? '' : formaterMontant(centimes));
const date = (iso: string | undefined): string => (iso ? formaterDate(iso) : '');
const liste = (l: readonly string[] | undefined): string => (l ?? []).join(', ');
const partie = (p: Partie): string => p.sigle ?? p.nom ?? '';

let prochaineCle = 1;
export function nouvelleLigne(annee = ''): SaisieLigne {
  return { cle: prochaineCle++, annee, ae: '', cp: '' };
}

export function saisieInitiale(c: Convention): Saisie {
  return {
    type: c.type,
    titre: c.titre ?? '',
    delegantSigle: c.delegant.sigle ?? '',
    delegantNom: c.delegant.nom ?? '',
    delegataireSigle: c.delegataire.sigle ?? '',
    delegataireNom: c.delegataire.nom ?? '',
    autresParties: (c.autresParties ?? []).map(partie).join(', '),
    dateSignature: date(c.dateSignature),
    dateFin: date(c.dateFin),
    uo: c.uo ?? '',
    programme: c.programme ?? '',
    bop: c.bop ?? '',
    axeMinisteriel1: c.chorus?.axeMinisteriel1 ?? '',
    axeMinisteriel2: c.chorus?.axeMinisteriel2 ?? '',
    domaineFonctionnel: c.chorus?.domaineFonctionnel ?? '',
    centreFinancier: c.chorus?.centreFinancier ?? '',
    activites: liste(c.chorus?.activites),
    centreDeCout: c.chorus?.centreDeCout ?? '',
    plafondAe: montant(c.plafond?.ae),
    plafondCp: montant(c.plafond?.cp),
    montantFast: montant(c.montantFast),
    echeancier: c.echeancier.map((l) => ({ ...nouvelleLigne(String(l.annee)), ae: montant(l.ae), cp: montant(l.cp) })),
    startups: [...(c.startups ?? [])],
    incubateur: c.incubateur ?? '',
  };
}

/** A format error, at its field: a text field's key, or `echeancier.<row>.<annee|ae|cp>`. */
export interface ErreurSaisie {
  champ: string;
  message: string;
}

export type ResultatSaisie = { ok: true; convention: Convention } | { ok: false; erreurs: ErreurSaisie[] };

/** Sets (or, for undefined, removes) the value at a path; an emptied `chorus` or `plafond` goes too. */
function poser(c: Convention, chemin: string, valeur: unknown): void {
  const cles = chemin.split('.');
  const dernier = cles.pop()!;
  let parent = c as unknown as Record<string, unknown>;
  for (const cle of cles) parent = (parent[cle] ??= {}) as Record<string, unknown>;
  if (valeur === undefined) delete parent[dernier];
  else parent[dernier] = valeur;
  const racine = cles[0];
  if (racine === 'chorus' || racine === 'plafond') {
    const objet = (c as unknown as Record<string, Record<string, unknown>>)[racine]!;
    if (Object.keys(objet).length === 0) delete (c as unknown as Record<string, unknown>)[racine];
  }
}

export const lignesEgales = (a: SaisieLigne[], b: SaisieLigne[]): boolean =>
  a.length === b.length && a.every((l, i) => l.annee === b[i]!.annee && l.ae === b[i]!.ae && l.cp === b[i]!.cp);

/**
 * The convention as the person wrote it. A field left as shown keeps its value exactly as it was (a
 * party's name beside its acronym, an amount's cents): only what was typed is read again. The other
 * fields of `c` (sources, plan, avenant, marks…) are kept.
 */
export function appliquerSaisie(c: Convention, s: Saisie): ResultatSaisie {
  const initiale = saisieInitiale(c);
  const erreurs: ErreurSaisie[] = [];
  const convention = JSON.parse(JSON.stringify(c)) as Convention;
  const texte = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  const elements = (v: string): string[] | undefined => {
    const l = v.split(',').map((x) => x.trim()).filter(Boolean);
    return l.length > 0 ? l : undefined;
  };
  const lireDateChamp = (v: string, champ: string): string | undefined => {
    if (v.trim() === '') return undefined;
    const lu = lireDate(v);
    if (lu.ok) return lu.date;
    erreurs.push({ champ, message: lu.erreur });
    return undefined;
  };
  const lireMontantChamp = (v: string, champ: string): number | null => {
    if (v.trim() === '') return null;
    const lu = lireMontant(v);
    if (lu.ok) return lu.centimes;
    erreurs.push({ champ, message: lu.erreur });
    return null;
  };
  for (const d of CHAMPS) {
    const v = s[d.cle];
    if (v === initiale[d.cle]) continue;
    if (d.sorte === 'date') poser(convention, d.chemin, lireDateChamp(v, d.cle));
    else if (d.sorte === 'montant') poser(convention, d.chemin, lireMontantChamp(v, d.cle) ?? undefined);
    else if (d.cle === 'activites') poser(convention, d.chemin, elements(v));
    else if (d.cle === 'autresParties') {
      // An acronym (capitals, digits, hyphens) is a sigle, anything else a name.
      poser(convention, d.chemin, elements(v)?.map((x): Partie => (/^[\p{Lu}\d-]{2,15}$/u.test(x) ? { sigle: x } : { nom: x })));
    } else poser(convention, d.chemin, texte(v));
  }
  // The model's three kinds (the select offers no other); not the schema itself: it would bring zod to the popup.
  if (s.type === 'delegation-de-gestion' || s.type === 'partenariat-fast' || s.type === 'avenant') convention.type = s.type;
  if (!lignesEgales(s.echeancier, initiale.echeancier)) {
    convention.echeancier = s.echeancier.map((l, i) => {
      const annee = l.annee.trim();
      if (!/^\d{4}$/.test(annee)) {
        erreurs.push({ champ: `echeancier.${i}.annee`, message: annee === '' ? 'Année vide : écrivez-la sur quatre chiffres (« 2025 »).' : `« ${annee} » n'est pas une année : écrivez-la sur quatre chiffres (« 2025 »).` });
      }
      return { annee: Number(annee), ae: lireMontantChamp(l.ae, `echeancier.${i}.ae`), cp: lireMontantChamp(l.cp, `echeancier.${i}.cp`) };
    });
  }
  poser(convention, 'startups', s.startups.length > 0 ? [...s.startups] : undefined);
  poser(convention, 'incubateur', texte(s.incubateur));
  return erreurs.length ? { ok: false, erreurs } : { ok: true, convention };
}
