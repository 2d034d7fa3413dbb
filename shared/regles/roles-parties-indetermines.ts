/**
 * @fileoverview The text names its parties but never says which one delegates to which (no « le
 * délégant », « ci-après dénommé le délégataire », « délègue à »…): the reader leaves both roles
 * unread rather than guess from the order they come in — a délégant read as délégataire would send
 * the badge to the wrong ministry with no finding. This rule says so and names the parties.
 */
import type { Regle } from './regle';

function liste(noms: string[]): string {
  const cites = noms.map((n) => `« ${n} »`);
  if (cites.length <= 1) return cites.join('');
  return `${cites.slice(0, -1).join(', ')} et ${cites[cites.length - 1]}`;
}

const rolesPartiesIndetermines: Regle = {
  meta: {
    id: 'roles-parties-indetermines',
    gravite: 'avertissement',
    titre: 'Parties nommées sans leur rôle',
    pourquoi:
      "Le décret n° 2004-1085 du 14 octobre 2004 (art. 2) fait de la délégation un acte écrit entre un délégant et un délégataire [sûr] ; " +
      "les conventions publiées le disent dans leur bloc de parties (« ci-après dénommé le délégant ») ou dans une phrase (« délègue à »). " +
      "Quand le texte ne le dit pas, l'ordre des parties ne suffit pas : une lecture au hasard enverrait le badge au mauvais ministère. " +
      'Les rôles restent vides et ce constat le dit.',
  },
  check(contexte) {
    const parties = contexte.partiesSansRole;
    if (!Array.isArray(parties) || parties.length === 0) return [];
    const noms = parties.map((p) => p.designation).filter((n) => n !== '');
    return [
      {
        message:
          `Le texte nomme ${liste(noms)} sans dire qui délègue à qui : ni délégant ni délégataire n'a été retenu. ` +
          'Précisez les rôles (« ci-après dénommé le délégant », « … le délégataire ») ou saisissez-les dans le registre.',
        position: parties[0]?.position ?? null,
      },
    ];
  },
};

export default rolesPartiesIndetermines;
