/**
 * @fileoverview A year whose amount the convention leaves to a future avenant (« le montant … au titre
 * de l'année 2025 sera établi par avenant ») while the échéancier still has no AE for it. Works from
 * `convention.anneesParAvenant` (filled by the text reader, kept in the registry), so it fires for a
 * text, a sheet that states the field and a registry convention alike.
 */
import type { Position } from '../model';
import { estIllisible, lignesEcheancier, localiser, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  aFixer: (annee: number, ligne: number | undefined) =>
    `AE de ${annee} non fixées : la convention renvoie leur montant à un avenant${ligne !== undefined ? ` (ligne ${ligne})` : ''}. ` +
    `Tant qu'il n'est pas signé, aucune AE ne peut être engagée en ${annee} ; préparez l'avenant qui inscrit le montant de ${annee} dans l'échéancier.`,
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
    const renvoyees = contexte.convention.anneesParAvenant;
    if (!Array.isArray(renvoyees) || renvoyees.length === 0) return [];
    const { dateSignature, dateFin } = contexte.convention;
    const debut = dateSignature ? Number(dateSignature.slice(0, 4)) : -Infinity;
    const fin = dateFin ? Number(dateFin.slice(0, 4)) : Infinity;
    const lignes = lignesEcheancier(contexte);
    const constats: Signalement[] = [];
    const vues = new Set<number>();
    // Sorted here too: a registry typed by hand need not keep the reader's order.
    const ordre = renvoyees.map((annee, k) => ({ annee, k })).sort((a, b) => a.annee - b.annee);
    for (const { annee, k } of ordre) {
      if (!Number.isInteger(annee) || vues.has(annee) || annee < debut || annee > fin) continue;
      vues.add(annee);
      const ligne = lignes.find((l) => l.annee.valeur === annee);
      if (ligne && (ligne.ae.valeur !== null || estIllisible(ligne.ae))) continue;
      // Where the convention says so: its sentence in a text, the field in a registry.
      const phrase = localiser(contexte, `anneesParAvenant.${k}`) ?? localiser(contexte, 'anneesParAvenant');
      const position: Position | null = ligne ? positionDe(ligne.ae, ligne) : phrase;
      constats.push({ message: messages.aFixer(annee, phrase?.ligne), position });
    }
    return constats;
  },
};

export default anneeSansAvenant;
