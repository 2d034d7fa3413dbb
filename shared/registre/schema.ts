// The registry: every convention Jauge knows, their execution figures, and a snapshot of the beta.gouv.fr
// startups and incubators they fund. The extension stores it, the add-on exports it, the CLI checks it.
import { z } from 'zod';
import { Convention, Execution, Horodatage, Incubateur, Startup } from '../model';
import { compter, couper } from '../texte';

/**
 * JSON registry, version 1. `executions`, `startups` and `incubateurs` may be left out of a file
 * (they default to empty lists); `conventions` is required.
 */
export const Registre = z.object({
  version: z.literal(1),
  /** When the data was produced (or the date of the snapshot it was built from). */
  genereLe: Horodatage.optional(),
  conventions: z.array(Convention),
  executions: z.array(Execution).default([]),
  startups: z.array(Startup).default([]),
  incubateurs: z.array(Incubateur).default([]),
});
export type Registre = z.infer<typeof Registre>;

/** One reason a registry was refused: the line (file line, 1-based) and field when known. */
export interface ErreurRegistre {
  ligne?: number;
  champ?: string;
  message: string;
}

export type ResultatRegistre = { ok: true; registre: Registre } | { ok: false; erreurs: ErreurRegistre[] };

/** At most this many errors are listed; one more entry says how many were left out. */
export const ERREURS_MAX = 50;

/** Caps an error list, ending it with « … et N autres erreurs. » when some were left out. */
export function plafonnerErreurs(erreurs: ErreurRegistre[], total: number = erreurs.length): ErreurRegistre[] {
  if (total <= ERREURS_MAX) return erreurs.slice(0, ERREURS_MAX);
  const reste = total - ERREURS_MAX;
  return [
    ...erreurs.slice(0, ERREURS_MAX),
    { message: `… et ${compter(reste, 'autre erreur', 'autres erreurs')} (corrigez les premières puis réimportez).` },
  ];
}

/**
 * Consistency a schema cannot see: unique ids, executions that point at a known convention,
 * one execution per convention, unique startups and incubators.
 */
export function verifierCoherence(r: Registre): ErreurRegistre[] {
  const erreurs: ErreurRegistre[] = [];
  const conventions = new Map<string, number>();
  r.conventions.forEach((c, i) => {
    // Ids are keys (links, URLs, CSV cells that get trimmed): no blank id, no spaces around one.
    if (c.id.trim() === '' || c.id.trim() !== c.id) {
      erreurs.push({
        champ: `conventions[${i}].id`,
        message: `Convention n° ${i + 1}, champ « id » : l'identifiant « ${couper(c.id)} » ${c.id.trim() === '' ? 'est vide' : 'commence ou finit par une espace'} ; écrivez par exemple « dgefp-2024-03-28 ».`,
      });
    }
    const premiere = conventions.get(c.id);
    if (premiere !== undefined) {
      erreurs.push({
        champ: `conventions[${i}].id`,
        message: `Convention n° ${i + 1}, champ « id » : l'identifiant « ${couper(c.id)} » est déjà celui de la convention n° ${premiere + 1}. Chaque convention doit avoir un identifiant unique.`,
      });
    } else conventions.set(c.id, i);
  });
  const executions = new Map<string, number>();
  r.executions.forEach((e, i) => {
    if (!conventions.has(e.conventionId)) {
      erreurs.push({
        champ: `executions[${i}].conventionId`,
        message: `Exécution n° ${i + 1}, champ « conventionId » : aucune convention n'a l'identifiant « ${couper(e.conventionId)} ».`,
      });
    }
    const premiere = executions.get(e.conventionId);
    if (premiere !== undefined) {
      erreurs.push({
        champ: `executions[${i}].conventionId`,
        message: `Exécution n° ${i + 1}, champ « conventionId » : la convention « ${couper(e.conventionId)} » a déjà une exécution (n° ${premiere + 1}). Regroupez les années dans une seule.`,
      });
    } else executions.set(e.conventionId, i);
  });
  const slugs = new Map<string, number>();
  r.startups.forEach((s, i) => {
    const premiere = slugs.get(s.slug);
    if (premiere !== undefined) {
      erreurs.push({ champ: `startups[${i}].slug`, message: `Startup n° ${i + 1}, champ « slug » : « ${couper(s.slug)} » figure déjà (startup n° ${premiere + 1}).` });
    } else slugs.set(s.slug, i);
  });
  const incubateurs = new Map<string, number>();
  r.incubateurs.forEach((inc, i) => {
    const premiere = incubateurs.get(inc.id);
    if (premiere !== undefined) {
      erreurs.push({ champ: `incubateurs[${i}].id`, message: `Incubateur n° ${i + 1}, champ « id » : « ${couper(inc.id)} » figure déjà (incubateur n° ${premiere + 1}).` });
    } else incubateurs.set(inc.id, i);
  });
  return erreurs;
}
