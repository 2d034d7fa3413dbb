/**
 * @fileoverview A year whose amount the convention leaves to a future avenant (« le montant … au titre
 * de l'année 2025 sera établi par avenant ») while the échéancier still has no AE for it.
 */
import { normaliserTexte } from '../texte';
import { estIllisible, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Position } from '../model';
import type { Regle, Signalement } from './regle';

const MOIS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
/** Full dates are not budget years: « avenant du 20 juin 2023 ». */
const DATE = new RegExp(`\\b\\d{1,2}(?:er)? (?:${MOIS}) \\d{4}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b`, 'g');
const PAR_AVENANT = /\bpar (?:voie d'|un |le present |le prochain )?avenant/;
const CREDITS = /\b(?:montants?|credits?|autorisations? d'engagement|ae|cp|dotations?|enveloppes?)\b/;

/** Years (and the line saying so) that the text leaves to an avenant. */
function anneesRenvoyees(lignes: readonly string[]): Map<number, number> {
  const annees = new Map<number, number>();
  lignes.forEach((texte, i) => {
    for (const phrase of normaliserTexte(texte).split(/(?<=[.;!?])\s+/)) {
      if (!PAR_AVENANT.test(phrase) || !CREDITS.test(phrase)) continue;
      for (const m of phrase.replace(DATE, ' ').matchAll(/\b(20\d{2})\b/g)) {
        const annee = Number(m[1]);
        if (!annees.has(annee)) annees.set(annee, i + 1);
      }
    }
  });
  return annees;
}

const messages = {
  aFixer: (annee: number, ligne: number) =>
    `AE de ${annee} non fixées : la convention renvoie leur montant à un avenant (ligne ${ligne}). Tant qu'il n'est pas signé, ` +
    `aucune AE ne peut être engagée en ${annee} ; préparez l'avenant qui inscrit le montant de ${annee} dans l'échéancier.`,
};

const anneeSansAvenant: Regle = {
  meta: {
    id: 'annee-sans-avenant',
    gravite: 'information',
    titre: 'Année dont le montant attend un avenant',
    pourquoi:
      "Les crédits d'une année n'existent que s'ils sont ouverts pour elle (LOLF art. 15 [sûr]) ; quand la convention renvoie le montant " +
      "d'une année à un avenant (seed DGEFP 2024 : « au titre de l'année 2025 sera établi par avenant »), rien ne peut être engagé " +
      'avant sa signature. Information ; le statut la remonte en « attention ».',
  },
  check(contexte) {
    if (!contexte.texte) return [];
    const renvoyees = anneesRenvoyees(contexte.texte);
    if (renvoyees.size === 0) return [];
    const { dateSignature, dateFin } = contexte.convention;
    const debut = dateSignature ? Number(dateSignature.slice(0, 4)) : -Infinity;
    const fin = dateFin ? Number(dateFin.slice(0, 4)) : Infinity;
    const lignes = lignesEcheancier(contexte);
    const constats: Signalement[] = [];
    for (const [annee, ligneTexte] of [...renvoyees].sort((a, b) => a[0] - b[0])) {
      if (annee < debut || annee > fin) continue;
      const ligne = lignes.find((l) => l.annee.valeur === annee);
      if (ligne && (ligne.ae.valeur !== null || estIllisible(ligne.ae))) continue;
      const position: Position = ligne ? positionDe(ligne.ae, ligne) : { ligne: ligneTexte };
      constats.push({ message: messages.aFixer(annee, ligneTexte), position });
    }
    return constats;
  },
};

export default anneeSansAvenant;
