// The `jauge` command line: dispatches to one file per command. Pure: the boundary
// (scripts/jauge.ts) gives it the arguments, a way to read files, and today's date.
import { lireDate } from '../dates';
import { lireArguments } from './arguments';
import { commandeCalendrier, commandeStatusCsv } from './calendrier';
import { commandeCheck } from './check';
import { commandeParse } from './parse';
import { echec, succes, type EnvironnementCli, type SortieCli } from './sortie';
import { commandeStatus } from './status';
import { commandeWords } from './words';

export const AIDE = `jauge — vérifie les conventions de délégation de gestion et leurs échéanciers AE/CP

Utilisation :
  jauge parse FICHIER [--json]                     ce que Jauge lit dans le texte d'une convention
  jauge check FICHIER [--json] [--today AAAA-MM-JJ] les constats d'une convention, d'un échéancier CSV ou d'un registre
  jauge status [ID|SLUG] [--registry FICHIER] [--today AAAA-MM-JJ] [--json | --csv [-o FICHIER]]
                                                   le statut budgétaire de chaque convention (registre par défaut) ;
                                                   --csv : le tableau de bord en CSV pour Excel ou Sheets
  jauge calendrier [ID|SLUG] [--registry FICHIER] [--today AAAA-MM-JJ] [-o dates.ics]
                                                   les dates clés à venir au format iCalendar (Outlook, Thunderbird)
  jauge words MONTANT [--1990] [--json]            un montant en lettres (ou des lettres en chiffres)

Codes de sortie : 0 aucun constat d'erreur, 1 constats d'erreur (check), 2 fichier illisible ou usage incorrect.
`;

function lireAujourdhui(valeur: string | undefined, defaut: string): { ok: true; date: string } | { ok: false; erreur: string } {
  if (valeur === undefined) return { ok: true, date: defaut };
  const lu = lireDate(valeur);
  return lu.ok ? lu : { ok: false, erreur: `--today : ${lu.erreur}` };
}

// Async: reading a PDF or a scan (documents) and writing files are asynchronous at the boundary.
export async function executerCli(args: readonly string[], env: EnvironnementCli): Promise<SortieCli> {
  const [commande, ...reste] = args;
  if (commande === undefined || commande === 'aide' || commande === '--help' || commande === '-h' || commande === 'help') {
    return commande === undefined ? { code: 2, stdout: '', stderr: AIDE } : succes(AIDE);
  }
  const lus = lireArguments(reste, ['json', 'csv', '1990'], ['today', 'registry', 'o']);
  if (!lus.ok) return echec(`${lus.erreur}\n\n${AIDE}`);
  const { positionnels, drapeaux, options } = lus.arguments;
  const enJson = drapeaux.has('json');
  const aujourdhui = lireAujourdhui(options.get('today'), env.aujourdhui);
  if (!aujourdhui.ok) return echec(aujourdhui.erreur);
  if (positionnels.length > 1) return echec(`un seul argument attendu après « ${commande} », reçu : ${positionnels.join(' ')}.`);
  const [cible] = positionnels;
  switch (commande) {
    case 'parse':
      return commandeParse(cible, enJson, env);
    case 'check':
      return commandeCheck(cible, enJson, aujourdhui.date, env);
    case 'status':
      if (drapeaux.has('csv')) return commandeStatusCsv(cible, options.get('registry'), options.get('o'), aujourdhui.date, env);
      return commandeStatus(cible, options.get('registry'), enJson, aujourdhui.date, env);
    case 'calendrier':
      return commandeCalendrier(cible, options.get('registry'), options.get('o'), enJson, aujourdhui.date, env);
    case 'words':
      return commandeWords(cible, drapeaux.has('1990'), enJson);
    default:
      return echec(`commande inconnue « ${commande} ».\n\n${AIDE}`);
  }
}
