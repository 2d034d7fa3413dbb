/**
 * @fileoverview A délégation de gestion whose text never cites décret 2004-1085, the decree that
 * allows and frames it. A text that cites it under a wrong number (« décret n° 2014-1085 du
 * 14 octobre 2004 … relatif à la délégation de gestion ») does cite it: decret-mal-cite reports
 * the wrong reference, not this rule.
 */
import type { Regle } from './regle';

const messages = {
  absent: () =>
    "Le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion n'est cité nulle part : ajoutez le visa " +
    "« Vu le décret n° 2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'État » " +
    '(et le décret n° 2012-1246 relatif à la gestion budgétaire et comptable publique).',
};

const decretDelegationNonVise: Regle = {
  meta: {
    id: 'decret-delegation-non-vise',
    gravite: 'avertissement',
    titre: 'Décret 2004-1085 non visé',
    pourquoi:
      "Une délégation de gestion entre services de l'État repose sur le décret 2004-1085 ; les conventions publiées le visent, avec le " +
      'décret GBCP 2012-1246 (domain-research §1.3 et §6 R17 [probable]). Les partenariats FAST, qui ne sont pas des délégations, ne sont pas concernés.',
  },
  check(contexte) {
    if (!contexte.texte || contexte.convention.type !== 'delegation-de-gestion') return [];
    const cite = contexte.texte.some(
      (ligne) =>
        /2004[\s\u00a0\u202f]*-[\s\u00a0\u202f]*1085/.test(ligne) ||
        /d[ée]cret[^;]{0,80}\b14 octobre 2004\b|d[ée]cret[^;]{0,120}relatif à la délégation de gestion/i.test(ligne),
    );
    return cite ? [] : [{ message: messages.absent(), position: null }];
  },
};

export default decretDelegationNonVise;
