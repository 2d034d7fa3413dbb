// Node boundary of the `jauge` CLI: the only place that reads argv, the file system and the clock.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { executerCli } from '../shared/cli/jauge';
import { erreurTropGros, TAILLE_MAXIMALE } from '../shared/cli/fichier';
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

const signalerProgression = (ligne: string): void => void process.stderr.write(`${ligne}\n`);

// The worker starts only if a scanned page comes up, and is ended before the process exits.
const ocr = creerLecteurOcrNode();
const sortie = await executerCli(process.argv.slice(2), { lireFichier, aujourdhui: aujourdhuiAParis(), ecrireFichier, signalerProgression, ocr });
await ocr.terminer();
if (sortie.stdout) process.stdout.write(sortie.stdout);
if (sortie.stderr) process.stderr.write(sortie.stderr);
process.exitCode = sortie.code;
