// What a CLI command gives back: an exit code and the texts for stdout and stderr.
import type { LecteurOcr } from '../lecture/document';

/** 0: clean; 1: error findings; 2: unreadable input or bad usage. */
export type CodeSortie = 0 | 1 | 2;

export interface SortieCli {
  code: CodeSortie;
  stdout: string;
  stderr: string;
}

/**
 * An entry of a folder. A symbolic link is resolved by the boundary: `lien-interne` when it leads to
 * a file inside the folder (`cible`: that file's path relative to the folder), never outside it.
 */
export type EntreeDossier =
  | { nom: string; sorte: 'fichier' | 'dossier' | 'tube' | 'special' | 'lien-externe' | 'lien-casse' | 'lien-dossier' }
  | { nom: string; sorte: 'lien-interne'; cible: string };

export interface EnvironnementCli {
  /** Reads a file's bytes; the message is French when it cannot be read. */
  lireFichier(chemin: string): { ok: true; octets: Uint8Array } | { ok: false; erreur: string };
  /** Today, ISO: given by the boundary (scripts/jauge.ts), never read here. */
  aujourdhui: string;
  /** Writes a file (`-o`); the message is French when it cannot be written. Absent in tests that write nothing. */
  ecrireFichier?(chemin: string, contenu: string | Uint8Array): { ok: true } | { ok: false; erreur: string };
  /** Prints a progress line on stderr at once (long readings: OCR, folders), outside the final output. */
  signalerProgression?(ligne: string): void;
  /** The entries of a folder (not recursive), each with its kind; the message is French when it cannot be listed. */
  listerDossier?(chemin: string): { ok: true; entrees: EntreeDossier[] } | { ok: false; erreur: string };
  /** Joins a folder and a file name the platform's way. */
  joindreChemin?(dossier: string, nom: string): string;
  /** A fresh signal that fires when reading one document takes too long (the boundary owns the clock). */
  signalLecture?(): AbortSignal;
  /** French OCR for scanned PDFs (Node boundary); absent, a scan is refused with a French reason. */
  ocr?: LecteurOcr;
}

export const succes = (stdout: string, code: CodeSortie = 0): SortieCli => ({ code, stdout, stderr: '' });
export const echec = (message: string): SortieCli => ({ code: 2, stdout: '', stderr: `jauge : ${message}\n` });

/** One JSON document on stdout, as `--json` promises. */
export const json = (valeur: unknown, code: CodeSortie = 0): SortieCli => succes(`${JSON.stringify(valeur, null, 2)}\n`, code);
