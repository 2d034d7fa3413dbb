/**
 * @fileoverview The échéancier spreads less than the convention's stated maximum: the rest is
 * programmed on no year (to be set by avenant, or simply not delegated).
 */
import { formaterMontant } from '../montant';
import { centimes, echeancierLisible, lignesChronologiques, localiser } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  partiel: (sorte: 'AE' | 'CP', reparti: number, maximum: number) =>
    `L'échéancier répartit ${formaterMontant(reparti)} ${sorte === 'AE' ? "d'AE" : 'de CP'} sur un montant maximum de ${formaterMontant(maximum)} : ` +
    `${formaterMontant(maximum - reparti)} ne sont programmés sur aucune année. Complétez l'échéancier (par avenant) si ces crédits ` +
    `doivent être délégués, sinon alignez le montant maximum sur ${formaterMontant(reparti)}.`,
};

const plafondNonReparti: Regle = {
  meta: {
    id: 'plafond-non-reparti',
    gravite: 'information',
    titre: 'Montant maximum non réparti',
    pourquoi:
      "Un montant maximum supérieur à la somme de l'échéancier n'est pas une faute, mais la part non répartie ne pourra être " +
      "engagée qu'une fois inscrite sur une année (domain-research §6 R7 : « Σ AE ≠ maximum → info » [sûr]).",
  },
  check(contexte) {
    const plafond = contexte.convention.plafond;
    if (!plafond || !echeancierLisible(contexte)) return [];
    const lignes = lignesChronologiques(contexte);
    if (lignes.length === 0) return [];
    const constats: Signalement[] = [];
    for (const sorte of ['AE', 'CP'] as const) {
      const maximum = sorte === 'AE' ? plafond.ae : plafond.cp;
      if (maximum === undefined) continue;
      const reparti = lignes.reduce((s, l) => s + centimes(sorte === 'AE' ? l.ae : l.cp), 0);
      if (reparti < maximum) {
        constats.push({
          message: messages.partiel(sorte, reparti, maximum),
          position: localiser(contexte, sorte === 'AE' ? 'plafond.ae' : 'plafond.cp') ?? localiser(contexte, 'plafond'),
        });
      }
    }
    return constats;
  },
};

export default plafondNonReparti;
