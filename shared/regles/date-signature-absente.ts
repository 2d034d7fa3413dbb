/**
 * @fileoverview No signature date: the convention takes effect on signature, so its start, its
 * committees and its retroactivity cannot be known.
 */
import { estDateIso } from '../dates';
import { citer } from '../texte';
import { localiser } from './outils/echeancier';
import type { Regle } from './regle';

const messages = {
  texte: () =>
    "Date de signature introuvable : la convention « prend effet à sa date de signature ». Ajoutez-la à la fin du document " +
    '(« Fait à Paris, le 28 mars 2024 ») ; un document non signé ne délègue encore aucun crédit.',
  tableau: () =>
    'Date de signature absente : ajoutez une cellule « Date de signature » à côté du tableau (par exemple 28/03/2024) ' +
    'pour situer les années de l\'échéancier et les comités d\'investissement.',
  invalide: (date: string) => `Date de signature ${citer(date)} invalide : écrivez-la au format 28/03/2024 ou « 28 mars 2024 ».`,
};

const dateSignatureAbsente: Regle = {
  meta: {
    id: 'date-signature-absente',
    gravite: 'avertissement',
    titre: 'Date de signature absente',
    pourquoi:
      "Les conventions DINUM « prennent effet à la date de signature » (clause de durée, les cinq conventions étudiées [sûr]) : sans elle, " +
      "ni la période d'effet ni les comités semestriels ne se calculent. Avertissement pour un texte (brouillon ou date non lue), " +
      'information pour un tableau.',
  },
  check(contexte) {
    const { dateSignature } = contexte.convention;
    if (dateSignature && !estDateIso(dateSignature)) {
      return [{ message: messages.invalide(dateSignature), position: localiser(contexte, 'dateSignature') }];
    }
    if (dateSignature) return [];
    return contexte.texte ? [{ message: messages.texte(), position: null }] : [{ message: messages.tableau(), position: null, gravite: 'information' }];
  },
};

export default dateSignatureAbsente;
