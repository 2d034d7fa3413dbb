/**
 * @fileoverview An amount of the échéancier, the ceiling or the FAST amount read as 0 € while the
 * text there holds other figures (`30'000 €`, `1_200_000 €`: the reader took the last group,
 * `000 €`). A silent zero is worse than an unreadable amount: nothing looks wrong, and the totals,
 * the ceiling and the status are all computed on it.
 */
import { citer } from '../texte';
import { CHAMPS_MONTANT, deLAnnee, lignesEcheancier, localiser, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';
import type { ContexteRegle } from '../modele/lu';

/** A zero written as such (`0 €`, `0,00 euro`, `de 0 €`, `(0 €)`): after a word, a sign or a cell, not after figures. */
const ZERO_ECRIT = /(?<=(?:^|[\p{L}:;(«"=*€\t])[ \u00a0\u202f]*)0+(?:[.,]0+)?\s*(?:€|euros?\b|eur\b)/iu;
/** A cell that says zero: `0`, `0 €`, `0,00 €`, `(0 €)` — not `000 €`, the last group of a figure cut short. */
const CELLULE_ZERO = /^\(?\s*0(?:[.,]0+)?\s*(?:€|euros?|eur)?\s*\)?$/i;
/** A figure with its currency, its groups joined by anything but letters and blanks (`30'000 €`, `2˙000˙000 €`). */
const FIGURE = /\d(?:[^\p{L}\s,;]|,(?=\d)|[ \u00a0\u202f](?=\d{3}))*[ \u00a0\u202f]*(?:€|euros?\b|eur\b)/giu;
const CHIFFRE_NON_NUL = /[1-9]/;

const EXEMPLE = 'Écrivez le montant en chiffres groupés par des espaces (« 1 200 000 € »), ou « 0 € » seul s’il est vraiment nul.';

const messages = {
  cellule: (quoi: string, brut: string) => `${quoi} lu 0 € alors que ${citer(brut)} porte d'autres chiffres. ${EXEMPLE}`,
  ligne: (quoi: string, figure: string) => `${quoi} lu 0 € alors que la ligne porte ${citer(figure)}. ${EXEMPLE}`,
};

/** The normalised lines of the text that come from the original line `ligne`. */
function lignesDuTexte(contexte: ContexteRegle, ligne: number): string[] {
  const texte = contexte.texte ?? [];
  if (typeof contexte.ligneOrigine !== 'function') return texte[ligne - 1] !== undefined ? [texte[ligne - 1]!] : [];
  const lignes: string[] = [];
  for (let i = 0; i < texte.length; i++) if (contexte.ligneOrigine(i + 1) === ligne) lignes.push(texte[i]!);
  return lignes;
}

/** On a line with no zero written as such, the first figure with other digits than zeros, or null. */
function figureSuspecte(ligne: string): string | null {
  if (ZERO_ECRIT.test(ligne)) return null;
  for (const m of ligne.matchAll(FIGURE)) if (CHIFFRE_NON_NUL.test(m[0])) return m[0];
  return null;
}

/** The suspect figure on the text line(s) a value was read from, or null. */
function figureDuTexte(contexte: ContexteRegle, ligne: number): string | null {
  for (const texte of lignesDuTexte(contexte, ligne)) {
    const figure = figureSuspecte(texte);
    if (figure !== null) return figure;
  }
  return null;
}

const montantLuZero: Regle = {
  meta: {
    id: 'montant-lu-zero',
    gravite: 'erreur',
    titre: 'Montant lu 0 € parmi d’autres chiffres',
    pourquoi:
      'Un montant lu 0 € alors que le texte porte d’autres chiffres (« 30\'000 € », « 1_200_000 € ») est presque toujours un ' +
      'groupement de chiffres que le lecteur n’a pas reconnu : il ne doit pas passer pour un montant nul, sur lequel les totaux, ' +
      'le plafond et le statut seraient calculés sans alerte. Prudence de lecture [sûr].',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      for (const { champ, libelle } of CHAMPS_MONTANT) {
        const valeur = ligne[champ];
        if (!valeur || valeur.valeur !== 0) continue;
        const quoi = `Montant des ${libelle} ${deLAnnee(ligne)}`;
        const position = positionDe(valeur, ligne);
        const brut = valeur.brut.trim();
        if (CELLULE_ZERO.test(brut)) continue;
        if (CHIFFRE_NON_NUL.test(brut)) {
          constats.push({ message: messages.cellule(quoi, brut), position });
          continue;
        }
        // A row read from a text: the figure may have been cut off before what the reader kept.
        if (position.cellule === undefined && position.ligne !== undefined && contexte.texte) {
          const figure = figureDuTexte(contexte, position.ligne);
          if (figure !== null) constats.push({ message: messages.ligne(quoi, figure), position });
        }
      }
    }
    const { plafond, montantFast } = contexte.convention;
    const champs: [string, number | undefined, string][] = [
      ['plafond.ae', plafond?.ae, 'Plafond des AE'],
      ['plafond.cp', plafond?.cp, 'Plafond des CP'],
      ['montantFast', montantFast, 'Montant FAST'],
    ];
    for (const [champ, valeur, quoi] of champs) {
      if (valeur !== 0) continue;
      const position = localiser(contexte, champ);
      if (!position || position.ligne === undefined) continue;
      if (contexte.texte) {
        const figure = figureDuTexte(contexte, position.ligne);
        if (figure !== null) constats.push({ message: messages.ligne(quoi, figure), position });
      }
    }
    return constats;
  },
};

export default montantLuZero;
