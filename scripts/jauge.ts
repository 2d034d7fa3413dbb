// Node boundary of the `jauge` CLI: the only place that reads argv, the file system and the clock.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { executerCli } from '../shared/cli/jauge';
import { erreurTropGros, TAILLE_MAXIMALE } from '../shared/texte/fichier';
import { DUREE_MAX_MS } from '../shared/lecture/document/limites';
import { creerLecteurOcrNode } from './ocr-node';

function lireFichier(chemin: string): { ok: true; octets: Uint8Array } | { ok: false; erreur: string } {
  try {
    const infos = statSync(chemin);
    if (infos.isDirectory()) return { ok: false, erreur: `« ${chemin} » est un dossier, pas un fichier.` };
    // Refuse before reading a huge file into memory.
    if (infos.size > TAILLE_MAXIMALE) return { ok: false, erreur: erreurTropGros(chemin, infos.size) };
    return { ok: true, octets: readFileSync(chemin) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, erreur: `fichier introuvable : « ${chemin} ».` };
    if (code === 'EACCES') return { ok: false, erreur: `lecture refusée : « ${chemin} » (droits insuffisants).` };
    return { ok: false, erreur: `lecture impossible de « ${chemin} » (${code ?? 'erreur inconnue'}).` };
  }
}

/** Today in Paris (the conventions' time zone), as an ISO date. */
function aujourdhuiAParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
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

function listerDossier(chemin: string): { ok: true; fichiers: string[] } | { ok: false; erreur: string } {
  try {
    if (!statSync(chemin).isDirectory()) return { ok: false, erreur: `« ${chemin} » n'est pas un dossier.` };
    return { ok: true, fichiers: readdirSync(chemin, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, erreur: `dossier introuvable : « ${chemin} ».` };
    if (code === 'EACCES') return { ok: false, erreur: `lecture refusée : « ${chemin} » (droits insuffisants).` };
    return { ok: false, erreur: `lecture impossible du dossier « ${chemin} » (${code ?? 'erreur inconnue'}).` };
  }
}

const signalerProgression = (ligne: string): void => void process.stderr.write(`${ligne}\n`);

// The OCR worker starts only if a scanned page comes up, and is ended before the process exits.
const ocr = creerLecteurOcrNode();
const sortie = await executerCli(process.argv.slice(2), {
  lireFichier,
  aujourdhui: aujourdhuiAParis(),
  ecrireFichier,
  signalerProgression,
  listerDossier,
  joindreChemin: (dossier, nom) => path.join(dossier, nom),
  signalLecture: () => AbortSignal.timeout(DUREE_MAX_MS),
  ocr,
});
await ocr.terminer();
if (sortie.stdout) process.stdout.write(sortie.stdout);
if (sortie.stderr) process.stderr.write(sortie.stderr);
process.exitCode = sortie.code;
