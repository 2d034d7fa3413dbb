/**
 * @fileoverview A duration stated in months (« sur une période de 18 mois ») that does not match the
 * signature and end dates.
 */
import { ajouterMois, estDateIso, formaterDate, joursEntre } from '../dates';
import { localiser } from './outils/echeancier';
import type { Regle } from './regle';

/** Conventions round their durations; a month either way is not worth a finding. */
const TOLERANCE_JOURS = 31;

const messages = {
  discordante: (duree: number, debut: string, fin: string, moisReels: number, finAttendue: string) =>
    `Durée de ${duree} mois annoncée, mais la convention court du ${formaterDate(debut)} au ${formaterDate(fin)} (environ ${moisReels} mois) : ` +
    `alignez la durée sur les dates (« ${moisReels} mois ») ou la date de fin sur la durée (${formaterDate(finAttendue)}).`,
};

const dureeDiscordante: Regle = {
  meta: {
    id: 'duree-discordante',
    gravite: 'avertissement',
    titre: 'Durée en mois discordante avec les dates',
    pourquoi:
      "Une durée écrite en mois et une date de fin doivent décrire la même période, sinon on ne sait pas jusqu'à quand les crédits " +
      'peuvent être consommés (domain-research §6 R8 [probable]).',
  },
  check(contexte) {
    const { dateSignature, dateFin, plafond } = contexte.convention;
    const duree = plafond?.dureeMois;
    if (!duree || !dateSignature || !dateFin || !estDateIso(dateSignature) || !estDateIso(dateFin) || dateFin < dateSignature) return [];
    const finAttendue = ajouterMois(dateSignature, duree);
    if (Math.abs(joursEntre(finAttendue, dateFin)) <= TOLERANCE_JOURS) return [];
    const moisReels = Math.round(joursEntre(dateSignature, dateFin) / (365.25 / 12));
    return [
      {
        message: messages.discordante(duree, dateSignature, dateFin, moisReels, finAttendue),
        position: localiser(contexte, 'plafond.dureeMois') ?? localiser(contexte, 'dateFin'),
      },
    ];
  },
};

export default dureeDiscordante;
