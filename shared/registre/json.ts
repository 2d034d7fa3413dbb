// JSON registry: read (all-or-nothing, every error in French with its line and field) and write.
import { z } from 'zod';
import { cleChemin, lignesJson } from './json-lignes';
import { plafonnerErreurs, Registre, verifierCoherence, type ErreurRegistre, type ResultatRegistre } from './schema';
import { couper } from '../texte';

const FR = z.locales.fr();

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true/false)',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
};

/** A short French rendering of the value found, for the message. */
function decrire(v: unknown): string {
  if (v === undefined) return 'rien (champ absent)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'une liste';
  if (typeof v === 'object') return 'un objet';
  const s = typeof v === 'string' ? `« ${v.length > 40 ? `${v.slice(0, 39)}…` : v} »` : String(v);
  return s;
}

function valeurA(racine: unknown, chemin: readonly PropertyKey[]): unknown {
  let v: unknown = racine;
  for (const k of chemin) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** `['conventions', 3, 'echeancier', 0, 'ae']` → `conventions[3].echeancier[0].ae`. */
export function cheminLisible(chemin: readonly PropertyKey[]): string {
  let s = '';
  for (const k of chemin) s += typeof k === 'number' ? `[${k}]` : s === '' ? String(k) : `.${String(k)}`;
  return s;
}

/** What was wrong, in French, saying what to write instead. */
function expliquer(issue: z.core.$ZodIssue, trouve: unknown, chemin: readonly PropertyKey[]): string {
  const dernier = chemin[chemin.length - 1];
  const montant = typeof dernier === 'string' && /^(ae|cp|aeEngagees|cpPayes|montantFast)$/.test(dernier);
  switch (issue.code) {
    case 'invalid_type': {
      if (trouve === undefined) return 'champ obligatoire absent.';
      const attendu = issue.expected === 'int' || (issue.expected === 'number' && montant) ? 'int' : issue.expected;
      const conseil = montant ? ' Les montants sont des nombres entiers de centimes : 2 500 000 € s’écrit 250000000.' : '';
      return `${TYPES[attendu] ?? attendu} attendu, ${decrire(trouve)} trouvé.${conseil}`;
    }
    case 'invalid_value':
      return `valeur ${decrire(trouve)} non reconnue ; valeurs possibles : ${issue.values.map((v) => `« ${String(v)} »`).join(', ')}.`;
    case 'invalid_format':
      return `${issue.message} (${decrire(trouve)} trouvé).`;
    case 'custom':
      // The schema's own reasons (shared/model.ts), worded as the CSV reader words them.
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
    case 'too_small':
      return issue.origin === 'string' ? 'texte vide : ce champ doit être rempli.' : `${FR.localeError(issue as never) ?? issue.message}.`;
    default: {
      const m = FR.localeError(issue as never);
      return `${typeof m === 'string' ? m : (m?.message ?? issue.message)}.`;
    }
  }
}

/** `conventions[3]…` → « Convention n° 4 (« dgefp-2024-03-28 »), champ « echeancier[0].ae » ». */
function situer(chemin: readonly PropertyKey[], racine: unknown): { sujet: string; champ: string } {
  const [liste, index, ...reste] = chemin;
  const noms: Record<string, string> = { conventions: 'Convention', executions: 'Exécution', startups: 'Startup', incubateurs: 'Incubateur' };
  if (typeof liste === 'string' && noms[liste] && typeof index === 'number') {
    const element = valeurA(racine, [liste, index]) as Record<string, unknown> | undefined;
    const id = element && typeof element === 'object' ? (element.id ?? element.conventionId ?? element.slug) : undefined;
    const nom = `${noms[liste]} n° ${index + 1}${typeof id === 'string' && id !== '' ? ` (« ${couper(id)} »)` : ''}`;
    return { sujet: nom, champ: reste.length > 0 ? cheminLisible(reste) : '' };
  }
  return { sujet: '', champ: cheminLisible(chemin) };
}

/** The French reason of a schema issue (without its place), as in the JSON reader's messages. */
export function raisonIssue(issue: z.core.$ZodIssue, racine: unknown): string {
  return expliquer(issue, valeurA(racine, issue.path), issue.path);
}

function erreurDepuisIssue(issue: z.core.$ZodIssue, racine: unknown, lignes: Map<string, number> | null): ErreurRegistre {
  const chemin = issue.path;
  const trouve = valeurA(racine, chemin);
  const { sujet, champ } = situer(chemin, racine);
  // A missing key has no line of its own: point at the object that lacks it.
  const ligne = lignes?.get(cleChemin(chemin)) ?? lignes?.get(cleChemin(chemin.slice(0, -1)));
  const morceaux = [ligne !== undefined ? `Ligne ${ligne}` : '', sujet, champ !== '' ? `champ « ${champ} »` : ''].filter(Boolean);
  // Only the first piece takes a capital: « Ligne 3, convention n° 1 (« a »), champ « type » ».
  const lieu = morceaux.map((m, i) => (i === 0 ? m.charAt(0).toUpperCase() + m.slice(1) : m.charAt(0).toLowerCase() + m.slice(1))).join(', ');
  const erreur: ErreurRegistre = { message: `${lieu || 'Registre'} : ${expliquer(issue, trouve, chemin)}` };
  if (ligne !== undefined) erreur.ligne = ligne;
  const complet = cheminLisible(chemin);
  if (complet !== '') erreur.champ = complet;
  return erreur;
}

/** Node and V8 say « … at position 45 » (newer: « (line 3 column 7) »): turn it into a French place. */
function lieuErreurSyntaxe(message: string, texte: string): { ligne?: number; colonne?: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { ligne: Number(lc[1]), colonne: Number(lc[2]) };
  const p = /position (\d+)/.exec(message);
  if (!p) return {};
  const position = Number(p[1]);
  const avant = texte.slice(0, position);
  const ligne = avant.split('\n').length;
  return { ligne, colonne: position - avant.lastIndexOf('\n') };
}

/**
 * Reads a JSON registry. All-or-nothing: any error gives `ok: false` with every error found
 * (capped, see plafonnerErreurs), each naming its line, item and field in French. Never throws.
 */
export function lireRegistreJson(texte: string): ResultatRegistre {
  try {
    if (typeof texte !== 'string') return { ok: false, erreurs: [{ message: 'Le registre doit être un texte JSON.' }] };
    const sansBom = texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte;
    if (sansBom.trim() === '') return { ok: false, erreurs: [{ message: 'Le fichier JSON est vide.' }] };
    let donnees: unknown;
    try {
      donnees = JSON.parse(sansBom);
    } catch (e) {
      const { ligne, colonne } = lieuErreurSyntaxe(e instanceof Error ? e.message : '', sansBom);
      // Every error that has a line starts with « Ligne N », as the schema errors do.
      const lieu = ligne !== undefined ? `Ligne ${ligne}${colonne !== undefined ? `, colonne ${colonne}` : ''} : ` : '';
      return {
        ok: false,
        erreurs: [
          {
            ...(ligne !== undefined ? { ligne } : {}),
            message: `${lieu}JSON illisible : vérifiez les virgules, guillemets et accolades${lieu ? ' à cet endroit' : ''} (une virgule en trop avant « } » ou « ] » est une erreur fréquente).`,
          },
        ],
      };
    }
    if (donnees === null || typeof donnees !== 'object' || Array.isArray(donnees)) {
      return {
        ok: false,
        erreurs: [{ message: 'Le registre doit être un objet JSON { "version": 1, "conventions": [ … ] }.' }],
      };
    }
    return validerRegistre(donnees, () => lignesJson(sansBom));
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre JSON illisible : erreur inattendue pendant la lecture.' }] };
  }
}

/**
 * Validates a registry already in memory (an object read from JSON, a registry about to be written to
 * the extension's database) against the one schema and the consistency checks. `lignes` gives the
 * file line of each JSON path when there is a file. Never throws.
 */
export function validerRegistre(donnees: unknown, lignes: () => Map<string, number> | null = () => null): ResultatRegistre {
  try {
    const lu = Registre.safeParse(donnees, { error: FR.localeError });
    if (!lu.success) {
      const l = lignes();
      const erreurs = lu.error.issues.map((issue) => erreurDepuisIssue(issue, donnees, l));
      return { ok: false, erreurs: plafonnerErreurs(erreurs) };
    }
    const coherence = verifierCoherence(lu.data);
    if (coherence.length > 0) {
      const l = lignes();
      for (const e of coherence) {
        const chemin = e.champ?.replace(/\[(\d+)\]/g, '.$1');
        const ligne = chemin !== undefined ? l?.get(chemin) : undefined;
        if (ligne !== undefined) {
          e.ligne = ligne;
          e.message = `Ligne ${ligne}, ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}`;
        }
      }
      return { ok: false, erreurs: plafonnerErreurs(coherence) };
    }
    return { ok: true, registre: lu.data };
  } catch {
    return { ok: false, erreurs: [{ message: 'Registre illisible : erreur inattendue pendant la validation.' }] };
  }
}

/**
 * Writes a registry as JSON: fields in the schema's order (so the same data always gives the same
 * text, whatever order its objects were built in), two-space indentation, a final newline.
 */
export function ecrireRegistreJson(r: Registre): string {
  const canonique = Registre.safeParse(r);
  return `${JSON.stringify(canonique.success ? canonique.data : r, null, 2)}\n`;
}
