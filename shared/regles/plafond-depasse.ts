/**
 * @fileoverview The échéancier puts more AE (or CP) than the convention's stated maximum
 * (« montant maximum de … », « dans la limite de … »).
 */
import { formaterMontant } from '../montant';
import { centimes, lignesCumulables, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  depasse: (sorte: 'AE' | 'CP', annee: number, cumul: number, plafond: number, maxAnnee: number) =>
    `${sorte} cumulé${sorte === 'AE' ? 'e' : ''}s fin ${annee} (${formaterMontant(cumul)}) au-delà du montant maximum de la convention ` +
    `(${formaterMontant(plafond)}) : ramenez les ${sorte} de ${annee} à ${formaterMontant(maxAnnee)} au plus, ou relevez le montant maximum par avenant.`,
};

const plafondDepasse: Regle = {
  meta: {
    id: 'plafond-depasse',
    gravite: 'erreur',
    titre: 'Montant maximum dépassé',
    pourquoi:
      'La convention fixe le montant maximum des crédits mis à disposition ; le délégataire ne peut engager au-delà ' +
      '(« la somme des crédits engagés … ne pourra dépasser la limite du montant alloué », clause des conventions DINUM ; ' +
      'domain-research §6 R7 [sûr]).',
  },
  check(contexte) {
    const plafond = contexte.convention.plafond;
    if (!plafond) return [];
    const constats: Signalement[] = [];
    for (const sorte of ['AE', 'CP'] as const) {
      const maximum = sorte === 'AE' ? plafond.ae : plafond.cp;
      if (maximum === undefined) continue;
      let cumul = 0;
      for (const ligne of lignesCumulables(contexte)) {
        const valeur = sorte === 'AE' ? ligne.ae : ligne.cp;
        const avant = cumul;
        cumul += centimes(valeur);
        if (cumul > maximum) {
          // Reported once, on the year that crosses the ceiling.
          constats.push({
            message: messages.depasse(sorte, ligne.annee.valeur, cumul, maximum, Math.max(maximum - avant, 0)),
            position: positionDe(valeur, ligne),
          });
          break;
        }
      }
    }
    return constats;
  },
};

export default plafondDepasse;
