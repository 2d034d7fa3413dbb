/**
 * @fileoverview A decree the délégation rests on, cited with a wrong number or a wrong date: the
 * number of one decree with the date or the title of another (« décret n° 2014-1085 du 14 octobre
 * 2004 … relatif à la délégation de gestion », BOC 2015; « décret n° 2012-1247 du 7 novembre 2012
 * relatif à la gestion budgétaire et comptable publique », JO 2017). The finding names the right
 * reference.
 */
import { lireDate } from '../dates';
import { normaliserTexte } from '../texte';
import { positionDuTexte } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

interface DecretConnu {
  numero: string;
  date: string;
  /** The reference as it should be written. */
  reference: string;
  /** Words of its title, on a folded line, that tell it apart. */
  titre: RegExp;
}

const DECRETS: DecretConnu[] = [
  {
    numero: '2004-1085',
    date: '2004-10-14',
    reference: "décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État",
    titre: /relatif a la delegation de gestion/,
  },
  {
    numero: '2012-1246',
    date: '2012-11-07',
    reference: 'décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique',
    titre: /relatif a la gestion budgetaire et comptable publique/,
  },
  {
    numero: '2019-1088',
    date: '2019-10-25',
    reference: "décret n° 2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique",
    titre: /relatif au systeme d'information et de communication de l'etat et a la direction interministerielle du numerique/,
  },
];

/** « décret n° 2014-1085 du 14 octobre 2004 (A) modifié, relatif à … » on a folded line. */
const CITATION = /\bdecret\s+(?:n\s*°|no\b|n°)?\s*(\d{2,4})\s*-\s*(\d{1,4})\s+du\s+((?:\d{1,2}|1er)\s+[a-z]+\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})([^;]{0,160})/g;

const messages = {
  malCite: (cite: string, bon: DecretConnu) =>
    `Décret mal cité : « décret n° ${cite} » n'est pas la bonne référence ; il s'agit du ${bon.reference}. Corrigez le numéro ou la date.`,
};

const decretMalCite: Regle = {
  meta: {
    id: 'decret-mal-cite',
    gravite: 'avertissement',
    titre: 'Décret cité avec un numéro ou une date erronés',
    pourquoi:
      "Un visa doit permettre de retrouver le texte : un numéro pris à un décret et une date ou un titre pris à un autre (« n° 2014-1085 du " +
      '14 octobre 2004 ») ne désignent aucun décret. Le numéro d’un décret porte l’année de sa signature (Légifrance [sûr]) ; les références ' +
      'connues sont celles des décrets 2004-1085 (délégation de gestion), 2012-1246 (GBCP) et 2019-1088 (DINUM).',
  },
  check(contexte) {
    if (!contexte.texte) return [];
    const constats: Signalement[] = [];
    const vus = new Set<string>();
    contexte.texte.forEach((ligne, i) => {
      const pliee = normaliserTexte(ligne);
      CITATION.lastIndex = 0;
      for (let m = CITATION.exec(pliee); m; m = CITATION.exec(pliee)) {
        const numero = `${m[1]}-${m[2]}`;
        const lue = lireDate(m[3]!);
        const date = lue.ok ? lue.date : undefined;
        // The words that follow this citation, up to the next decree cited on the line.
        const suite = m[4]!.split(/\bdecret\b/)[0]!;
        const exact = DECRETS.find((d) => d.numero === numero);
        // A known number with another date; else another number with a known decree's title, or
        // with its date and the second half of its number (« 2014-1085 du 14 octobre 2004 »).
        const bon = exact
          ? date !== undefined && date !== exact.date
            ? exact
            : undefined
          : DECRETS.find((d) => d.titre.test(suite) || (date === d.date && d.numero.split('-')[1] === m![2]));
        const cle = `${numero} ${m[3]}`;
        if (!bon || vus.has(cle)) continue;
        vus.add(cle);
        constats.push({ message: messages.malCite(`${numero} du ${m[3]}`, bon), position: positionDuTexte(contexte, i + 1) });
      }
    });
    return constats;
  },
};

export default decretMalCite;
