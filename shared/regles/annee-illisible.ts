/**
 * @fileoverview A row whose year is missing, unreadable or implausible: its amounts cannot be placed
 * in a budget year, so no yearly rule can check them.
 */
import { citer, majusculeInitiale } from '../texte';
import { ditQuoiFaire, estIllisible, lignesEcheancier, positionDe } from './outils/echeancier';
import type { Regle, Signalement } from './regle';
import type { LigneLue } from '../modele/lu';

/** Budget years this tool can meet: délégations de gestion date from 2004; 2100 catches typos like 2204. */
const PREMIERE = 2000;
const DERNIERE = 2100;

const messages = {
  manquante: () => "Année manquante sur une ligne de l'échéancier qui porte des montants : écrivez l'exercice sur quatre chiffres (par exemple 2025).",
  illisible: (brut: string, probleme?: string) => {
    // A reader's reason that already quotes the cell and says what to write is used as it stands.
    if (probleme && probleme.includes(brut) && ditQuoiFaire(probleme)) {
      return majusculeInitiale(probleme.trim()).replace(/([^.?!])$/, '$1.');
    }
    const raison = probleme ? ` (${probleme.charAt(0).toLowerCase()}${probleme.slice(1).replace(/\.$/, '')})` : '';
    return `Année illisible : ${citer(brut)}${raison}. Écrivez l'exercice sur quatre chiffres, par exemple 2025.`;
  },
  invraisemblable: (annee: number) =>
    `Année ${annee} invraisemblable pour un échéancier (attendu entre ${PREMIERE} et ${DERNIERE}) : corrigez la faute de frappe (par exemple ${suggestion(annee)}).`,
};

/** A plausible year for a typo: two swapped or extra digits are common (2204 → 2024, 224 → 2024). */
function suggestion(annee: number): string {
  const chiffres = String(annee);
  if (chiffres.length === 2) return `20${chiffres}`;
  if (chiffres.length === 3 && chiffres.startsWith('2')) return `20${chiffres.slice(1)}`;
  return '2025';
}

function porteDesMontants(ligne: LigneLue): boolean {
  return [ligne.ae, ligne.cp, ligne.aeEngagees, ligne.cpPayes].some((v) => v !== undefined && (v.valeur !== null || v.brut !== ''));
}

const anneeIllisible: Regle = {
  meta: {
    id: 'annee-illisible',
    gravite: 'erreur',
    titre: 'Année illisible ou manquante',
    pourquoi:
      "Les crédits ouverts au titre d'une année ne valent que pour elle (LOLF art. 15-I [sûr]) : un montant sans année lisible " +
      'ne peut être rattaché à aucun exercice, ni contrôlé par les règles annuelles.',
  },
  check(contexte) {
    const constats: Signalement[] = [];
    for (const ligne of lignesEcheancier(contexte)) {
      const annee = ligne.annee;
      const position = positionDe(annee, ligne);
      if (estIllisible(annee)) {
        constats.push({ message: messages.illisible(annee.brut, annee.probleme), position });
      } else if (annee.valeur === null) {
        if (porteDesMontants(ligne)) constats.push({ message: messages.manquante(), position });
      } else if (!Number.isInteger(annee.valeur) || annee.valeur < PREMIERE || annee.valeur > DERNIERE) {
        constats.push({ message: messages.invraisemblable(annee.valeur), position });
      }
    }
    return constats;
  },
};

export default anneeIllisible;
