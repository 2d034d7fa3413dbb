/**
 * @fileoverview No end date: a délégation de gestion is granted for a limited period.
 */
import { estDateIso } from '../dates';
import { citer } from '../texte';
import { localiser } from './outils/echeancier';
import type { Regle } from './regle';

const messages = {
  texte: () =>
    "Date de fin introuvable : une délégation de gestion est conclue « pour une durée limitée » (décret 2004-1085, art. 1). " +
    'Précisez le terme dans l\'article sur la durée, par exemple « Elle est conclue jusqu\'au 31 décembre 2025 ».',
  tableau: () =>
    'Date de fin absente : ajoutez une cellule « Date de fin » à côté du tableau (par exemple 31/12/2025) pour vérifier que les années ' +
    "de l'échéancier tombent dans la période de la convention.",
  partenariat: () =>
    "Date de fin introuvable : sans terme écrit, on ne sait pas jusqu'à quand l'accompagnement FAST est dû ni quand rendre compte. " +
    'Écrivez la date dans l\'article sur la durée, par exemple « La présente convention prend fin le 31 décembre 2025 » ' +
    '(une durée en mois ne suffit pas : elle ne dit pas d\'où elle court).',
  avenant: () =>
    "Date de fin introuvable dans l'avenant : s'il prolonge la convention, écrivez la nouvelle date (« La convention est prolongée " +
    "jusqu'au 31 décembre 2026 ») ; sinon rappelez le terme inchangé pour que le suivi reste exact.",
  invalide: (date: string) => `Date de fin ${citer(date)} invalide : écrivez-la au format 31/12/2025 ou « 31 décembre 2025 ».`,
};

const dateFinAbsente: Regle = {
  meta: {
    id: 'date-fin-absente',
    gravite: 'erreur',
    titre: 'Date de fin absente',
    pourquoi:
      "La délégation de gestion est confiée « pour une durée limitée éventuellement reconductible » (décret 2004-1085 art. 1 [sûr]). " +
      'Erreur pour le texte d\'une convention ; avertissement pour un avenant (qui peut laisser le terme inchangé) et pour un tableau, ' +
      'où la date de fin est une cellule facultative.',
  },
  check(contexte) {
    const { dateFin } = contexte.convention;
    if (dateFin && !estDateIso(dateFin)) return [{ message: messages.invalide(dateFin), position: localiser(contexte, 'dateFin') }];
    if (dateFin) return [];
    if (!contexte.texte) return [{ message: messages.tableau(), position: null, gravite: 'avertissement' }];
    // An avenant that leaves the term unchanged need not restate it.
    if (contexte.convention.type === 'avenant') return [{ message: messages.avenant(), position: null, gravite: 'avertissement' }];
    if (contexte.convention.type === 'partenariat-fast') return [{ message: messages.partenariat(), position: null }];
    return [{ message: messages.texte(), position: null }];
  },
};

export default dateFinAbsente;
