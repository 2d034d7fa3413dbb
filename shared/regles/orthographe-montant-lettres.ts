/**
 * @fileoverview A montant en lettres that reads right but is misspelt (`quatre-vingt` alone, `milles`,
 * `septante`…): the words are kept, the spelling is what a careful reviewer would correct.
 */
import { lireMontantEnLettres, montantEnLettres } from '../lettres';
import { citer } from '../texte';
import type { Regle, Signalement } from './regle';

const messages = {
  orthographe: (lettres: string, avertissements: string[], centimes: number) =>
    `Orthographe du montant en lettres ${citer(lettres, 80)} : ${avertissements.map((a) => a.replace(/\.$/, '')).join(' ; ')}. ` +
    `Écrivez « ${montantEnLettres(centimes)} » (ou « ${montantEnLettres(centimes, { orthographe1990: true })} » en orthographe de 1990).`,
};

const orthographeMontantLettres: Regle = {
  meta: {
    id: 'orthographe-montant-lettres',
    gravite: 'avertissement',
    titre: 'Orthographe du montant en lettres',
    pourquoi:
      "Accords de cent et vingt, mille invariable, million et milliard noms, formes belges et suisses à éviter dans un acte de l'État " +
      '(domain-research §5.1 et §6 R10 [sûr] ; les deux orthographes, traditionnelle et de 1990, sont acceptées).',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const montant of contexte.montantsEnLettres ?? []) {
      const lu = lireMontantEnLettres(montant.lettres);
      // Unreadable or different words are lettres-chiffres-discordants' business.
      if (!lu.ok || lu.avertissements.length === 0) continue;
      if (montant.chiffres.valeur !== null && montant.chiffres.valeur !== lu.centimes) continue;
      constats.push({
        message: messages.orthographe(montant.lettres, lu.avertissements, lu.centimes),
        position: montant.position ?? montant.chiffres.position,
      });
    }
    return constats;
  },
};

export default orthographeMontantLettres;
