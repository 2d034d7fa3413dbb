// The `jauge` CLI's Node environment: files, folders, the clock and the time limit, as
// scripts/jauge.ts gives them to `executerCli`. The hostile-files campaign runs the CLI through the
// same environment (test/scripts/campagne-hostiles.test.ts, bench/hostiles.ts).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { erreurTropGros, TAILLE_MAXIMALE } from '../shared/texte/fichier';
import type { EntreeDossier, EnvironnementCli } from '../shared/cli/sortie';
import { DUREE_MAX_MS } from '../shared/lecture/document/limites';

function erreurLecture(e: unknown, chemin: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `fichier introuvable : « ${chemin} ».`;
  if (code === 'EACCES') return `lecture refusée : « ${chemin} » (droits insuffisants).`;
  return `lecture impossible de « ${chemin} » (${code ?? 'erreur inconnue'}).`;
}

/** What a non-regular file is, in French (a FIFO or a device would block or never end a read). */
function sorteSpeciale(infos: Stats): string {
  if (infos.isFIFO()) return 'un tube nommé (FIFO)';
  if (infos.isSocket()) return 'une socket';
  if (infos.isCharacterDevice() || infos.isBlockDevice()) return 'un périphérique';
  return 'un fichier spécial';
}

export function lireFichier(chemin: string): { ok: true; octets: Uint8Array } | { ok: false; erreur: string } {
  try {
    const infos = statSync(chemin);
    if (infos.isDirectory()) return { ok: false, erreur: `« ${chemin} » est un dossier, pas un fichier.` };
    if (!infos.isFile()) return { ok: false, erreur: `« ${chemin} » est ${sorteSpeciale(infos)}, pas un fichier.` };
    // Refuse before reading a huge file into memory.
    if (infos.size > TAILLE_MAXIMALE) return { ok: false, erreur: erreurTropGros(chemin, infos.size) };
    return { ok: true, octets: readFileSync(chemin) };
  } catch (e) {
    return { ok: false, erreur: erreurLecture(e, chemin) };
  }
}

function ecrireFichier(chemin: string, contenu: string | Uint8Array): { ok: true } | { ok: false; erreur: string } {
  try {
    writeFileSync(chemin, contenu);
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, erreur: `écriture impossible : le dossier de « ${chemin} » n'existe pas.` };
    if (code === 'EACCES') return { ok: false, erreur: `écriture refusée : « ${chemin} » (droits insuffisants).` };
    return { ok: false, erreur: `écriture impossible de « ${chemin} » (${code ?? 'erreur inconnue'}).` };
  }
}

/** A link resolved: a file inside the folder (its path from the folder), or why it is not followed. */
function lien(dossier: string, racine: string, nom: string): EntreeDossier {
  let cible: string;
  try {
    cible = realpathSync(path.join(dossier, nom));
  } catch {
    return { nom, sorte: 'lien-casse' };
  }
  const relatif = path.relative(racine, cible);
  if (relatif === '' || relatif.startsWith('..') || path.isAbsolute(relatif)) return { nom, sorte: 'lien-externe' };
  const infos = statSync(cible);
  if (infos.isDirectory()) return { nom, sorte: 'lien-dossier' };
  if (!infos.isFile()) return { nom, sorte: infos.isFIFO() ? 'tube' : 'special' };
  return { nom, sorte: 'lien-interne', cible: relatif.split(path.sep).join('/') };
}

export function listerDossier(chemin: string): { ok: true; entrees: EntreeDossier[] } | { ok: false; erreur: string } {
  try {
    if (!statSync(chemin).isDirectory()) return { ok: false, erreur: `« ${chemin} » n'est pas un dossier.` };
    const racine = realpathSync(chemin);
    const entrees = readdirSync(chemin, { withFileTypes: true }).map((e): EntreeDossier => {
      if (e.isFile()) return { nom: e.name, sorte: 'fichier' };
      if (e.isDirectory()) return { nom: e.name, sorte: 'dossier' };
      if (e.isSymbolicLink()) return lien(chemin, racine, e.name);
      if (e.isFIFO()) return { nom: e.name, sorte: 'tube' };
      // Some file systems give no type: ask without following links.
      if (!e.isSocket() && !e.isCharacterDevice() && !e.isBlockDevice()) {
        const infos = lstatSync(path.join(chemin, e.name));
        if (infos.isFile()) return { nom: e.name, sorte: 'fichier' };
        if (infos.isDirectory()) return { nom: e.name, sorte: 'dossier' };
      }
      return { nom: e.name, sorte: 'special' };
    });
    return { ok: true, entrees };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, erreur: `dossier introuvable : « ${chemin} ».` };
    if (code === 'EACCES') return { ok: false, erreur: `lecture refusée : « ${chemin} » (droits insuffisants).` };
    return { ok: false, erreur: `lecture impossible du dossier « ${chemin} » (${code ?? 'erreur inconnue'}).` };
  }
}

/** Today in Paris (the conventions' time zone), as an ISO date. */
export function aujourdhuiAParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** The CLI's environment; `ocr` and progress lines are the caller's choice. */
export function environnementNode(options: Pick<EnvironnementCli, 'ocr' | 'signalerProgression'> & { aujourdhui?: string } = {}): EnvironnementCli {
  return {
    lireFichier,
    aujourdhui: options.aujourdhui ?? aujourdhuiAParis(),
    ecrireFichier,
    listerDossier,
    joindreChemin: (dossier, nom) => path.join(dossier, nom),
    signalLecture: () => AbortSignal.timeout(DUREE_MAX_MS),
    ...(options.signalerProgression ? { signalerProgression: options.signalerProgression } : {}),
    ...(options.ocr ? { ocr: options.ocr } : {}),
  };
}
