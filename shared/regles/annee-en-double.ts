/**
 * @fileoverview The same budget year on two rows of an échéancier: which amount holds is unclear and
 * every yearly sum is off.
 */
import { formaterMontant } from '../montant';
import { centimes, decrirePosition, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';
import type { LigneLue } from '../modele/lu';

const messages = {
  double: (annee: number, premiere: LigneLue, ligne: LigneLue) => {
    const ou = decrirePosition(positionDe(premiere.annee, premiere));
    const ae = centimes(premiere.ae) + centimes(ligne.ae);
    const cp = centimes(premiere.cp) + centimes(ligne.cp);
    return (
      `Année ${annee} en double${ou ? ` (déjà ${ou})` : ''} : une année ne figure qu'une fois dans l'échéancier. ` +
      `Regroupez les montants sur une seule ligne (AE ${formaterMontant(ae)}, CP ${formaterMontant(cp)} si les deux lignes s'additionnent) ` +
      `ou corrigez l'année de cette ligne.`
    );
  },
};

const anneeEnDouble: Regle = {
  meta: {
    id: 'annee-en-double',
    gravite: 'erreur',
    titre: 'Année en double',
    pourquoi:
      "Un échéancier donne un montant d'AE et de CP par exercice (LOLF art. 8 et 15 [sûr]) ; deux lignes pour la même année " +
      'rendent le montant ouvert pour cet exercice indéterminé.',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    const vues = new Map<number, LigneLue>();
    for (const ligne of lignesEcheancier(contexte)) {
      const annee = ligne.annee.valeur;
      if (annee === null) continue;
      const premiere = vues.get(annee);
      if (premiere) {
        constats.push({ message: messages.double(annee, premiere, ligne), position: positionDe(ligne.annee, ligne) });
      } else {
        vues.set(annee, ligne);
      }
    }
    return constats;
  },
};

export default anneeEnDouble;
