// The ceiling: « un montant maximum de 50 000 € en autorisations d'engagements (AE) et en
// crédits de paiement (CP) », « dans la limite de 2,5 M€ », « pour un montant maximum de
// 2 millions d'euros sur une période de 18 mois ». Only an amount written right after the
// ceiling's words counts (« les montants maximum suivants » introduces a table, not a ceiling;
// « la limite du montant alloué » names none); « le montant total de la délégation est fixé à … »
// is a ceiling too. An HT amount followed by its TTC one (« 80 000 € HT, soit 96 000 € TTC ») is
// read at TTC: credits are. A ceiling that names neither AE nor CP bounds
// what may be engaged, so it is an AE ceiling; CP follow the AE.
import type { Plafond } from '../../model';
import type { DocumentConvention } from './document';
import { lireEntier } from './entier';
import { montantsDansLigne, phrases } from './montants-texte';

export interface PlafondLu {
  plafond: Plafond;
  /** Field path (`plafond.ae`, `plafond.dureeMois`) → 1-based line. */
  sources: Record<string, number>;
}

// Tested on the folded text just before an amount: the ceiling's words, a few words without figures
// (« montant maximum des crédits mis à disposition est fixé à »), then « de », « à » or « : » —
// or a verb that bounds (« ne pourront excéder »).
const INTRODUCTION = new RegExp(
  '(?:' +
    [
      "(?:montants? (?:total |global )?(?:maximum|maximal|plafond)|montant (?:total|global)|dans la limite|plafonnee?s?|plafond|limitee?s?|enveloppe)\\b[^\\d.;]{0,60}?(?:\\bde|\\bd'un montant de|\\ba|:)",
      '\\bne (?:peut|peuvent|pourra|pourront|saurait|sauraient) (?:exceder|depasser)(?: (?:le montant de|la somme de|un montant de|un total de))?',
    ].join('|') +
    ')\\s{0,3}$',
);
/** How far (characters) the words of a ceiling may stand before its amount. */
const PORTEE = 90;
const AE = /\b(?:ae|autorisations? d'engagements?)\b/;
const CP = /\b(?:cp|credits? de paiements?)\b/;
/** Between two amounts: only the first one's label and « et » (« 100 000 € en AE et 80 000 € en CP »). */
const LIBELLE_ET = /^\s*(?:en\s+)?(?:ae|cp|autorisations? d'engagements?|credits? de paiements?)(?:\s*\((?:ae|cp)\))?\s*(?:et|,)\s*(?:de\s+)?$/;
const HT = /^\s*(?:\([^()]*\)\s*)?h\.?t\.?(?![a-z])/;
const TTC = /^\s*(?:\([^()]*\)\s*)?t\.?t\.?c\.?(?![a-z])/;
const EN_LETTRES = /^\s*\([^()\d]*\)/;
const DUREE = /\b(?:sur|pour|pendant)\s+(?:une (?:periode|duree) (?:de|d')\s*)?([a-z0-9-]+(?: [a-z-]+)?)\s*(?:\(\d+\)\s*)?mois\b/;

export function lirePlafond(doc: DocumentConvention): PlafondLu | null {
  for (let i = 0; i < doc.propres.length; i++) {
    const pliee = doc.pliees[i]!;
    if (!/maxim|limite|plafon|exceder|depasser|enveloppe|montant total|montant global/.test(pliee)) continue;
    const propre = doc.propres[i]!;
    for (const phrase of phrases(propre)) {
      const texte = pliee.slice(phrase.debut, phrase.fin);
      const montants = montantsDansLigne(propre.slice(phrase.debut, phrase.fin), texte);
      const premier = montants.findIndex((m) => INTRODUCTION.test(texte.slice(Math.max(0, m.debut - PORTEE), m.debut)));
      if (premier < 0) continue;
      // Credits are TTC: « 80 000 € HT, soit 96 000 € TTC » bounds the credits at the TTC amount.
      const ttc = HT.test(texte.slice(montants[premier]!.fin)) && TTC.test(texte.slice(montants[premier + 1]?.fin ?? texte.length));
      const k = ttc ? premier + 1 : premier;
      const m1 = montants[k]!;
      if (!m1.resultat.ok) continue;
      const m2 = montants[k + 1];
      // The amount in words that follows the figures (« (trois cent mille euros) ») is not a label.
      const clause1 = texte.slice(m1.fin, m2 ? m2.debut : texte.length).replace(EN_LETTRES, '');
      const plafond: Plafond = {};
      const sources: Record<string, number> = {};
      const mettre = (champ: 'ae' | 'cp', centimes: number) => {
        plafond[champ] = centimes;
        sources[`plafond.${champ}`] = i + 1;
      };
      const ae1 = AE.test(clause1);
      const cp1 = CP.test(clause1);
      if (ae1 && cp1) {
        mettre('ae', m1.resultat.centimes);
        mettre('cp', m1.resultat.centimes);
      } else if (m2?.resultat.ok && (ae1 || cp1) && LIBELLE_ET.test(clause1)) {
        // « 100 000 € en AE et 80 000 € en CP »: each amount with its own label.
        const clause2 = texte.slice(m2.fin, m2.fin + PORTEE);
        mettre(ae1 ? 'ae' : 'cp', m1.resultat.centimes);
        if (ae1 ? CP.test(clause2) : AE.test(clause2)) mettre(ae1 ? 'cp' : 'ae', m2.resultat.centimes);
      } else {
        mettre(cp1 ? 'cp' : 'ae', m1.resultat.centimes);
      }
      const duree = DUREE.exec(texte.slice(m1.fin));
      const mois = duree ? lireEntier(duree[1]!) : null;
      if (mois !== null && mois > 0) {
        plafond.dureeMois = mois;
        sources['plafond.dureeMois'] = i + 1;
      }
      sources.plafond = i + 1;
      return { plafond, sources };
    }
  }
  return null;
}
