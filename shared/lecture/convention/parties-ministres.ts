// Parties named as ministers, with the director who acts for each: « le ministre du travail, de
// l'emploi et de l'insertion (délégué général à l'emploi et à la formation professionnelle) », « Le
// ministre de l'économie, des finances et de la relance, représenté par le directeur général du
// Trésor ». The minister is the party's name; the acronym of the director's service, when the text
// gives one (« délégation générale à l'emploi et à la formation professionnelle (DGEFP) »), its sigle.
import type { Partie } from '../../model';
import { plier, type DocumentConvention } from './document';
import { estSigle, sigleAilleurs } from './sigles';

/**
 * What a minister's party name starts with, once « Entre », « Et », « d'une part » and the article are
 * gone. A person, not a ministry: « le ministère … (MENJS) » is an institution known by its acronym.
 */
const MINISTRE = /^(?:ministre|premier ministre|garde des sceaux|secretaire d'etat)\b/;

/** A director's title: who acts for a minister. */
const TITRE_DIRECTEUR = /^(?:(?:le|la)\s+)?(directeur|directrice|delegue|deleguee|secretaire|chef|cheffe|commissaire|haut[- ]commissaire|president|presidente|responsable)\b/;

/** The service a director's title names: « directeur général du Trésor » → « direction générale du Trésor ». */
export function serviceDuTitre(titre: string): string | null {
  const t = titre.trim().replace(/^(?:le|la)\s+/i, '');
  const remplacements: [RegExp, string][] = [
    [/^directeur\s+general|^directrice\s+generale/i, 'direction générale'],
    [/^directeur|^directrice/i, 'direction'],
    [/^delegue\s+general|^deleguee\s+generale/i, 'délégation générale'],
    [/^delegue|^deleguee/i, 'délégation'],
    [/^secretaire\s+general/i, 'secrétariat général'],
    [/^chef(?:fe)?\s+du\s+service/i, 'service'],
    [/^commissaire\s+general/i, 'commissariat général'],
  ];
  const pliee = plier(t);
  for (const [motif, service] of remplacements) {
    const m = motif.exec(pliee);
    if (m) return `${service}${t.slice(m[0].length)}`;
  }
  return null;
}

/** The acronym the text gives the director's service, or the director's title itself. */
function sigleDuDirecteur(doc: DocumentConvention, titre: string): string | undefined {
  const service = serviceDuTitre(titre);
  // « direction générale du Trésor (DG Trésor) »: three words are enough for a service's name.
  return (service ? sigleAilleurs(doc, service, 3) : undefined) ?? sigleAilleurs(doc, titre, 3);
}

const premiereMajuscule = (s: string) => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1);

/**
 * A party named as a minister: its name without the acting director, the director's acronym as
 * sigle when the text gives one. `propre`/`pliee`: the name segment from the name's first word
 * (introducing words and article removed), same length.
 */
export function partieMinistre(doc: DocumentConvention, propre: string, pliee: string): Partie | null {
  if (!MINISTRE.test(pliee)) return null;
  let finNom = pliee.length;
  let titre: string | undefined;
  // « ministre … (délégué général à …) »: the parenthesis holds the acting director (or an acronym).
  const parenthese = /\s*\(([^()]{2,200})\)/.exec(pliee);
  let sigle: string | undefined;
  if (parenthese) {
    finNom = parenthese.index;
    const dedans = propre.slice(parenthese.index, parenthese.index + parenthese[0].length).replace(/^\s*\(|\)$/g, '').trim();
    if (estSigle(dedans)) sigle = dedans;
    else if (TITRE_DIRECTEUR.test(plier(dedans))) titre = dedans;
  }
  // « …, représenté(e) par le directeur général du Trésor, délégataire, … »
  const represente = /,?\s*represente(?:e|s|es)?\s+par\s+/.exec(pliee);
  if (represente && represente.index < finNom) {
    finNom = represente.index;
    const apres = propre.slice(represente.index + represente[0].length);
    const candidat = /^[^,;]{3,160}/.exec(apres)?.[0].trim();
    if (candidat && TITRE_DIRECTEUR.test(plier(candidat))) titre ??= candidat;
  }
  // Other descriptions end the name too: « , délégant », « , d'une part ».
  const description = /\s*,\s*(?=(?:co-?)?delegataires?\b|(?:co-?)?delegr?ants?\b|d'une part|d'autre part|ci-apres|denomm|design)/.exec(pliee.slice(0, finNom));
  if (description) finNom = description.index;
  const nom = propre.slice(0, finNom).replace(/[\s:,;.]+$/, '').trim();
  if (nom.length < 3) return null;
  sigle ??= titre ? sigleDuDirecteur(doc, titre) : undefined;
  return { nom: premiereMajuscule(nom), ...(sigle ? { sigle } : {}) };
}
