// `jauge calendrier [--registry F] [--today D] [-o dates.ics] [--json]`: every key date ahead of
// every convention of a registry as an iCalendar file (the dashboard's ICS export), and
// `jauge status --csv`: the dashboard's CSV. Both from shared/portefeuille, as the extension.
import type { Registre } from '../registre/format';
import { startupPourSlug, urlStartup } from '../registre/liens';
import { construirePortefeuille, type Portefeuille } from '../portefeuille';
import { regrouperClotures } from '../portefeuille/calendrier';
import { ecrirePortefeuilleCsv } from '../portefeuille/csv';
import { ecrireIcs } from '../portefeuille/ics';
import { chargerRegistre, choisirConventions, statutsDuRegistre } from './status';
import { echec, json, succes, type EnvironnementCli, type SortieCli } from './sortie';

/** The registry read (default one without `--registry`) and the portfolio of the conventions `cle` names. */
function charger(cle: string | undefined, fichierRegistre: string | undefined, aujourdhui: string, env: EnvironnementCli): { registre: Registre; p: Portefeuille } | SortieCli {
  const charge = chargerRegistre(fichierRegistre, env);
  if (!charge.ok) return echec(charge.erreur);
  const { registre } = charge;
  const conventions = choisirConventions(registre, cle);
  if (conventions === null) return echec(`aucune convention, startup ni incubateur « ${cle} » dans le registre.`);
  const executions = new Map(registre.executions.map((e) => [e.conventionId, e]));
  const entrees = statutsDuRegistre(registre, conventions, aujourdhui).map(({ convention, statut }) => {
    const execution = executions.get(convention.id);
    return { convention, ...(execution && { execution }), statut };
  });
  return { registre, p: construirePortefeuille(entrees, registre, aujourdhui) };
}

/** Writes `contenu` to `-o` (then says so on stdout) or prints it. */
function sortir(contenu: string, fichier: string | undefined, resume: string, env: EnvironnementCli): SortieCli {
  if (fichier === undefined) return succes(contenu);
  if (!env.ecrireFichier) return echec('écriture de fichier indisponible ici.');
  const ecrit = env.ecrireFichier(fichier, contenu);
  return ecrit.ok ? succes(`${resume} dans « ${fichier} ».\n`) : echec(ecrit.erreur);
}

/** A convention's link back: the beta.gouv.fr page of its first startup, where Jauge's badge opens it. */
function lienDepuis(registre: Registre): (id: string) => string | undefined {
  const parId = new Map(registre.conventions.map((c) => [c.id, c]));
  return (id) => {
    const slug = parId.get(id)?.startups?.[0];
    if (!slug) return undefined;
    return urlStartup(startupPourSlug(registre, slug) ?? { slug });
  };
}

export function commandeCalendrier(
  cle: string | undefined,
  fichierRegistre: string | undefined,
  fichierSortie: string | undefined,
  enJson: boolean,
  aujourdhui: string,
  env: EnvironnementCli,
): SortieCli {
  const charge = charger(cle, fichierRegistre, aujourdhui, env);
  if (!('p' in charge)) return charge;
  const { registre, p } = charge;
  // A year-end cut-off is one event, whatever the number of conventions it concerns.
  const evenements = regrouperClotures(p.evenements);
  if (enJson) return json({ aujourdhui, evenements });
  const ics = ecrireIcs(evenements, { horodatage: aujourdhui, lien: lienDepuis(registre) });
  const n = evenements.length;
  return sortir(ics, fichierSortie, `${n} date${n > 1 ? 's' : ''} clé${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''}`, env);
}

export function commandeStatusCsv(cle: string | undefined, fichierRegistre: string | undefined, fichierSortie: string | undefined, aujourdhui: string, env: EnvironnementCli): SortieCli {
  const charge = charger(cle, fichierRegistre, aujourdhui, env);
  if (!('p' in charge)) return charge;
  const n = charge.p.lignes.length;
  return sortir(ecrirePortefeuilleCsv(charge.p.lignes), fichierSortie, `${n} convention${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''}`, env);
}
