// The FAST amount (Fonds d'accélération des startups d'État): the amount of the sentence that
// ties money to the fund — « co-finance le service … à hauteur de 50 000 euros au titre du …
// (FAST) », « accompagnement à l'équipe lauréate du FAST … pour un montant de 30 000 € ». The
// fund's own budget (« a été doté … d'un budget de cinq millions d'euros ») is not the
// convention's amount. In a FAST partnership whose money sentence does not name the fund, the
// amount the DINUM commits (« pour un montant de », « à hauteur de ») is read instead.
import type { TypeConvention } from '../../model';
import type { DocumentConvention, Trouve } from './document';
import { montantsDansLigne, phrases } from './montants-texte';

const NOMME_LE_FONDS = /\bfast\b|fonds (?:pour l'|d')acceleration/;
const BUDGET_DU_FONDS = /\bdotee?\b|\bbudget de\b|\bappel a projets?\b.*\blance/;
const ENGAGEMENT = /\b(?:pour un montant(?: total)? de|a hauteur de|d'un montant de|montant de l'accompagnement)\b/;

function montantDePhrase(doc: DocumentConvention, accepte: (phrase: string) => boolean): Trouve<number> | null {
  for (let i = 0; i < doc.propres.length; i++) {
    const propre = doc.propres[i]!;
    const pliee = doc.pliees[i]!;
    for (const p of phrases(propre)) {
      const texte = pliee.slice(p.debut, p.fin);
      if (!accepte(texte)) continue;
      const montant = montantsDansLigne(propre.slice(p.debut, p.fin), texte).find((m) => m.resultat.ok);
      if (montant?.resultat.ok) return { valeur: montant.resultat.centimes, ligne: i + 1 };
    }
  }
  return null;
}

export function lireMontantFast(doc: DocumentConvention, type: TypeConvention): Trouve<number> | null {
  const nomme = montantDePhrase(doc, (t) => NOMME_LE_FONDS.test(t) && !BUDGET_DU_FONDS.test(t));
  if (nomme || type !== 'partenariat-fast') return nomme;
  return montantDePhrase(doc, (t) => ENGAGEMENT.test(t) && !BUDGET_DU_FONDS.test(t));
}
