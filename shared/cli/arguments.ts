// A small argument reader for the `jauge` CLI: positional arguments, `--flag` and `--option VALUE`.

export interface Arguments {
  positionnels: string[];
  drapeaux: Set<string>;
  options: Map<string, string>;
}

export type ResultatArguments = { ok: true; arguments: Arguments } | { ok: false; erreur: string };

/** Reads `args` knowing which options take a value (one letter: `-o`); an unknown `--x` is a usage error. */
export function lireArguments(args: readonly string[], drapeauxConnus: readonly string[], optionsConnues: readonly string[]): ResultatArguments {
  const resultat: Arguments = { positionnels: [], drapeaux: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    // A one-letter option (`-o FILE`) when the command knows it; any other `-x` stays positional.
    if (/^-[a-z]$/.test(arg) && optionsConnues.includes(arg.slice(1))) {
      const valeur = args[++i];
      if (valeur === undefined || valeur === '') return { ok: false, erreur: `L'option ${arg} attend une valeur.` };
      resultat.options.set(arg.slice(1), valeur);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') resultat.positionnels.push(arg);
      continue;
    }
    const [nom = '', valeurEnLigne] = arg.slice(2).split(/=(.*)/s, 2);
    if (drapeauxConnus.includes(nom)) {
      resultat.drapeaux.add(nom);
    } else if (optionsConnues.includes(nom)) {
      const valeur = valeurEnLigne ?? args[++i];
      if (valeur === undefined || valeur === '') return { ok: false, erreur: `L'option --${nom} attend une valeur.` };
      resultat.options.set(nom, valeur);
    } else {
      return { ok: false, erreur: `Option inconnue : --${nom}.` };
    }
  }
  return { ok: true, arguments: resultat };
}
