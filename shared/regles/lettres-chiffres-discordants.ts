/**
 * @fileoverview An amount written both in figures and in words (`2 500 000 € (deux millions cinq cent
 * mille euros)`) whose two forms disagree, or whose words cannot be read.
 */
import { montantEnLettres, lireMontantEnLettres } from '../lettres';
import { formaterMontant } from '../montant';
import { citer } from '../texte';
import type { Regle, Signalement } from './regle';

const messages = {
  discordants: (lettres: string, valeurLettres: number, chiffres: number) =>
    `Montant en lettres discordant : ${citer(lettres, 80)} vaut ${formaterMontant(valeurLettres)}, mais les chiffres disent ` +
    `${formaterMontant(chiffres)}. Si ${formaterMontant(chiffres)} est juste, écrivez « ${montantEnLettres(chiffres)} » ; ` +
    `sinon corrigez les chiffres en ${formaterMontant(valeurLettres)}.`,
  illisibles: (erreur: string, chiffres: number) =>
    `${erreur.replace(/\s*Écrivez par exemple.*$/, '')} Pour ${formaterMontant(chiffres)}, écrivez « ${montantEnLettres(chiffres)} ».`,
};

const lettresChiffresDiscordants: Regle = {
  meta: {
    id: 'lettres-chiffres-discordants',
    gravite: 'erreur',
    titre: 'Montant en lettres différent des chiffres',
    pourquoi:
      "Quand un acte écrit un montant en chiffres et en lettres, les deux doivent dire la même chose ; un écart rend le montant " +
      "engagé incertain (domain-research §6 R9 [sûr], règles d'écriture des nombres §5.1 [sûr]). Des lettres illisibles sont un avertissement.",
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const montant of contexte.montantsEnLettres ?? []) {
      const chiffres = montant.chiffres.valeur;
      if (chiffres === null) continue;
      const position = montant.position ?? montant.chiffres.position;
      const lu = lireMontantEnLettres(montant.lettres);
      if (!lu.ok) {
        constats.push({ message: messages.illisibles(lu.erreur, chiffres), position, gravite: 'avertissement' });
      } else if (lu.centimes !== chiffres) {
        constats.push({ message: messages.discordants(montant.lettres, lu.centimes, chiffres), position });
      }
    }
    return constats;
  },
};

export default lettresChiffresDiscordants;
