/**
 * @fileoverview Years that jump (2023 then 2025) or go backwards: often a typo, and a skipped year
 * hides the question of what happens to its credits.
 */
import { lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

const messages = {
  trou: (precedente: number, annee: number, manquantes: number[]) => {
    const liste = manquantes.length === 1 ? `${manquantes[0]} manque` : `${manquantes.join(', ')} manquent`;
    return (
      `Année ${annee} juste après ${precedente} : ${liste}. Ajoutez ${manquantes.length === 1 ? 'la ligne' : 'les lignes'} ` +
      `(avec 0 € s'il n'y a ni AE ni CP) ou corrigez l'année ${annee}.`
    );
  },
  desordre: (precedente: number, annee: number) =>
    `Année ${annee} placée après ${precedente} : classez les années de l'échéancier dans l'ordre chronologique (${annee} avant ${precedente}).`,
};

const anneesNonConsecutives: Regle = {
  meta: {
    id: 'annees-non-consecutives',
    gravite: 'avertissement',
    titre: 'Années non consécutives',
    pourquoi:
      "Les crédits d'une année ne se reportent pas d'eux-mêmes sur la suivante (LOLF art. 15 [sûr]) : une année sautée ou " +
      "un ordre inversé est le plus souvent une faute de frappe, et sinon mérite une ligne explicite à 0 €. Pratique de rédaction [probable].",
  },
  check(contexte) {
    const constats: Signalement[] = [];
    const lignes = lignesEcheancier(contexte);
    const toutes = new Set(lignes.map((l) => l.annee.valeur).filter((a): a is number => a !== null));
    // Compared with the latest year so far, so that one misplaced row is reported once, not twice.
    let plusRecente: number | null = null;
    for (const ligne of lignes) {
      const annee = ligne.annee.valeur;
      if (annee === null || !Number.isInteger(annee)) continue;
      if (plusRecente !== null) {
        if (annee < plusRecente) {
          // Equal years are annee-en-double's business; an earlier year is out of order.
          constats.push({ message: messages.desordre(plusRecente, annee), position: positionDe(ligne.annee, ligne) });
        } else if (annee > plusRecente + 1 && annee - plusRecente < 50) {
          const manquantes: number[] = [];
          for (let a = plusRecente + 1; a < annee; a++) if (!toutes.has(a)) manquantes.push(a);
          if (manquantes.length > 0) {
            constats.push({ message: messages.trou(plusRecente, annee, manquantes), position: positionDe(ligne.annee, ligne) });
          }
        }
      }
      plusRecente = plusRecente === null ? annee : Math.max(plusRecente, annee);
    }
    return constats;
  },
};

export default anneesNonConsecutives;
