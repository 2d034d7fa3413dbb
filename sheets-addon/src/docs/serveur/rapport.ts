// The pure heart of « Vérifier la convention »: the document's text → the convention and its findings,
// exactly as `jauge parse` and `jauge check` read the same text (shared/ does all of it), each finding
// tied to the paragraph or table row its line is, and the ranges to mark.
import { lireConvention } from '../../../../shared/lecture/convention';
import type { Convention, Gravite } from '../../../../shared/model';
import { verifier } from '../../../../shared/verifier';
import { compterGravites } from '../../commun/contrat';
import { RANG } from '../../commun/gravites';
import type { Comptes, ConstatDocs } from '../contrat';
import type { LigneDocs } from './lecture';

/** How many characters of a paragraph are kept to find it again. */
const LONGUEUR_EXTRAIT = 60;

export interface AnalyseDocs {
  convention: Convention;
  constats: ConstatDocs[];
  comptes: Comptes;
  /** Ranges of the body's text to mark (one per line with findings, the most serious gravité), in order. */
  plages: PlageVoulue[];
  /** Findings with a line but no text to colour (an empty line). */
  sansPlage: number;
}

export interface PlageVoulue {
  debut: number;
  /** Exclusive. */
  fin: number;
  gravite: Gravite;
}

/**
 * Reads and checks `texte` (the document's text) as the CLI does: `lireConvention`, then every rule
 * with `aujourdhui`. `lignes` (optional) places each line in the document.
 */
export function analyserTexte(texte: string, aujourdhui: string, lignes?: readonly LigneDocs[], corps?: string): AnalyseDocs {
  const { convention, contexte } = lireConvention(texte);
  const trouves = verifier({ ...contexte, aujourdhui });
  const parLigne = new Map<number, Gravite>();
  const constats: ConstatDocs[] = trouves.map(({ regle, gravite, message, position }) => {
    const n = position?.ligne;
    const ligne = n !== undefined && lignes ? lignes[n - 1] : undefined;
    if (ligne && n !== undefined) {
      const avant = parLigne.get(n);
      if (avant === undefined || RANG[gravite] < RANG[avant]) parLigne.set(n, gravite);
    }
    return {
      regle,
      gravite,
      message,
      position,
      cible: ligne ? { paragraphe: ligne.paragraphe, extrait: corps ? corps.slice(ligne.debut, Math.min(ligne.fin, ligne.debut + LONGUEUR_EXTRAIT)).split('\n')[0]! : '', tableau: ligne.tableau } : null,
    };
  });
  const plages: PlageVoulue[] = [];
  let sansPlage = 0;
  for (const [n, gravite] of [...parLigne].sort((a, b) => a[0] - b[0])) {
    const ligne = lignes![n - 1]!;
    if (ligne.fin > ligne.debut) plages.push({ debut: ligne.debut, fin: ligne.fin, gravite });
    else sansPlage++;
  }
  return { convention, constats, comptes: compterGravites(constats), plages, sansPlage };
}
