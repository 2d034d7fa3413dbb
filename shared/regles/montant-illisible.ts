/**
 * @fileoverview An amount was written but could not be read (`1.900`, `#REF!`, words in a figures
 * cell…). Points at the cell or text line so that the person can retype it.
 */
import { citer } from '../texte';
import { CHAMPS_MONTANT, deLAnnee, ditQuoiFaire, estIllisible, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';
import type { ValeurLue } from '../modele/lu';

const EXEMPLE = 'Écrivez le montant en chiffres, par exemple « 2 500 000 € » ou « 1 900 000,50 € », ou laissez la case vide s\'il n\'y a rien.';

const messages = {
  illisible: (quoi: string, valeur: ValeurLue<number>) => {
    const raison = valeur.probleme ?? `${citer(valeur.brut)} n'est pas un montant.`;
    // The readers' reasons start « Montant illisible : » / « Montant ambigu : » — name the amount instead.
    const nature = /^Montant (\p{L}+)\s*:\s*/u.exec(raison);
    const phrase = nature ? `${quoi} ${nature[1]} : ${raison.slice(nature[0].length)}` : `${quoi} illisible : ${raison}`;
    return `${phrase.replace(/([^.?!])$/, '$1.')}${ditQuoiFaire(raison) ? '' : ` ${EXEMPLE}`}`;
  },
};

const montantIllisible: Regle = {
  meta: {
    id: 'montant-illisible',
    gravite: 'erreur',
    titre: 'Montant illisible',
    pourquoi:
      "Un montant qu'on ne peut pas lire ne peut être ni additionné ni contrôlé : les totaux, le cumul AE/CP et le plafond " +
      'deviennent invérifiables. Les montants ambigus (« 1.900 ») sont signalés plutôt que devinés (domain-research §5.2, ' +
      'usage typographique français [sûr]).',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      for (const { champ, libelle } of CHAMPS_MONTANT) {
        const valeur = ligne[champ];
        if (!valeur || !estIllisible(valeur)) continue;
        constats.push({
          message: messages.illisible(`Montant des ${libelle} ${deLAnnee(ligne)}`, valeur),
          position: positionDe(valeur, ligne),
        });
      }
    }
    const total = contexte.total;
    if (total) {
      for (const [valeur, libelle] of [[total.ae, 'Montant du total des AE'], [total.cp, 'Montant du total des CP']] as const) {
        if (estIllisible(valeur)) {
          constats.push({ message: messages.illisible(libelle, valeur), position: valeur.position ?? total.position });
        }
      }
    }
    return constats;
  },
};

export default montantIllisible;
