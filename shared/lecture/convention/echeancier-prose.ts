// An échéancier written as sentences instead of a table, one year per line:
// « - 2024 : 100 000 € en AE et 50 000 € en CP ; », « Au titre de 2025 : AE 80 000 €, CP 130 000 € ».
// Read only when the text has no échéancier table, and only from lines that hold exactly one
// year and two amounts, each with its own AE or CP label; a ceiling's sentence (« dans la limite
// de … en AE et … en CP ») is not a year's line.
import type { LigneLue } from '../../modele/lu';
import type { DocumentConvention } from './document';
import type { EcheancierLu } from './echeancier-texte';
import { lireCelluleAnnee } from './echeancier-texte';
import { montantsDansLigne } from './montants-texte';

const LIBELLE_AE = /^(?:\s*(?:en|d')\s*)?\s*(?:ae|autorisations? d'engagements?)\b/;
const LIBELLE_CP = /^(?:\s*(?:en|de)\s*)?\s*(?:cp|credits? de paiements?)\b/;
const AVANT_AE = /\b(?:ae|autorisations? d'engagements?)\s*:?\s*$/;
const AVANT_CP = /\b(?:cp|credits? de paiements?)\s*:?\s*$/;
const PLAFOND = /maxim|limite|plafon|exceder|depasser/;

export function echeancierEnProse(doc: DocumentConvention): EcheancierLu | null {
  const lignes: LigneLue[] = [];
  let entete = 0;
  for (let i = 0; i < doc.pliees.length; i++) {
    const pliee = doc.pliees[i]!;
    if (PLAFOND.test(pliee)) continue;
    const annees = pliee.match(/\b(?:19|20|21)\d{2}\b/g) ?? [];
    if (annees.length !== 1) continue;
    const montants = montantsDansLigne(doc.propres[i]!, pliee);
    if (montants.length !== 2) continue;
    const libelle = (k: number): 'ae' | 'cp' | null => {
      const m = montants[k]!;
      const apres = pliee.slice(m.fin, m.fin + 40);
      const avant = pliee.slice(Math.max(0, m.debut - 30), m.debut);
      if (LIBELLE_AE.test(apres) || AVANT_AE.test(avant)) return 'ae';
      if (LIBELLE_CP.test(apres) || AVANT_CP.test(avant)) return 'cp';
      return null;
    };
    const l0 = libelle(0);
    const l1 = libelle(1);
    if (!l0 || !l1 || l0 === l1) continue;
    const ligne = i + 1;
    const cellule = (k: number) => {
      const m = montants[k]!;
      return m.resultat.ok
        ? { brut: m.brut.trim(), valeur: m.resultat.centimes, position: { ligne } }
        : { brut: m.brut.trim(), valeur: null, position: { ligne }, probleme: m.resultat.erreur };
    };
    const ae = cellule(l0 === 'ae' ? 0 : 1);
    const cp = cellule(l0 === 'ae' ? 1 : 0);
    const debutAnnee = pliee.search(/\b(?:19|20|21)\d{2}\b/);
    lignes.push({ annee: lireCelluleAnnee(doc.propres[i]!.slice(debutAnnee, debutAnnee + 4), ligne), ae, cp, position: { ligne } });
    if (entete === 0) entete = ligne;
  }
  return lignes.length > 0 ? { lignes, entete } : null;
}
