// One document read as `jauge parse` reads it, in a process of its own (scripts/mesurer-lecture.ts),
// so that its time and peak memory are its own: for the bounds tests.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MesureLecture } from '../../scripts/mesurer-lecture';
import { RACINE } from './cli';

/** The memory bound the design promises for any document, in Mio. */
export const GIO = 1024;

/** Writes `octets` as `dossier/nom` and measures its reading. */
export function mesurerLecture(dossier: string, nom: string, octets: Uint8Array): MesureLecture {
  const fichier = path.join(dossier, nom);
  writeFileSync(fichier, octets);
  const sortie = execFileSync(path.join(RACINE, 'node_modules/.bin/tsx'), [path.join(RACINE, 'scripts/mesurer-lecture.ts'), fichier], { encoding: 'utf8', timeout: 300_000 });
  return JSON.parse(sortie) as MesureLecture;
}
