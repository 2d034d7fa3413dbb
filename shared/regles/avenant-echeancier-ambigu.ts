/**
 * @fileoverview An avenant whose text holds several échéanciers and says of none that it is the new
 * one (« est remplacé par », « est ainsi rédigé », « nouvelle rédaction »): the reader takes none
 * rather than guess — the old amounts quoted by an avenant read as the new ones would be a wrong
 * échéancier with no finding. This rule says so, with where each échéancier starts.
 */
import type { Regle } from './regle';

function liste(lignes: number[]): string {
  if (lignes.length === 1) return `ligne ${lignes[0]}`;
  return `lignes ${lignes.slice(0, -1).join(', ')} et ${lignes[lignes.length - 1]}`;
}

const messages = {
  ambigu: (lignes: number[]) =>
    `Avenant à ${lignes.length} échéanciers (${liste(lignes)}) sans mention de celui qu'il fixe : aucun n'est retenu plutôt que de deviner. ` +
    "Faites précéder le nouvel échéancier de « est remplacé par » ou « est ainsi rédigé », ou saisissez-le dans le registre.",
};

const avenantEcheancierAmbigu: Regle = {
  meta: {
    id: 'avenant-echeancier-ambigu',
    gravite: 'erreur',
    titre: 'Avenant : nouvel échéancier indiscernable',
    pourquoi:
      "Un avenant cite souvent l'article qu'il remplace, tableau compris, avant sa nouvelle rédaction (avenants publiés au Journal officiel : " +
      "« le tableau … est supprimé et remplacé par ») [sûr] ; sans ces mots, rien ne dit lequel des échéanciers ouvre les crédits. " +
      "Lire l'ancien comme le nouveau donnerait des montants faux sans constat : l'échéancier reste vide et ce constat le dit.",
  },
  check(contexte) {
    const positions = contexte.echeanciersAvenant;
    if (!Array.isArray(positions) || positions.length < 2) return [];
    const lignes = positions.map((p) => p.ligne).filter((l): l is number => typeof l === 'number');
    return [{ message: messages.ambigu(lignes), position: positions[0] ?? null }];
  },
};

export default avenantEcheancierAmbigu;
