// What a person must review before a convention read from a document is trusted: where each
// field was read (page, line, the excerpt), and which fields come from text the OCR was unsure
// of. A field read from a doubtful line is never silently trusted: it becomes a finding that
// names the field and the line.
import { libelleChamp } from '../../champs';
import type { Constat, Convention } from '../../model';
import { SEUIL_CONFIANCE_OCR } from './pdf-scanne';
import type { DocumentLu, LigneDocument } from './types';

export const REGLE_CHAMP_DOUTEUX = 'ocr-champ-douteux';

/** Where a field was read: the document line (page, line on the page, text, OCR confidence) and its 1-based line in the whole text. */
export interface SourceChamp {
  champ: string;
  /** 1-based line of the document's whole text (`convention.sources`). */
  ligneTexte: number;
  page: number;
  ligne: number;
  texte: string;
  confiance?: number;
}

/** The document line a field of `convention.sources` was read on. */
export function sourceDuChamp(convention: Pick<Convention, 'sources'>, document: Pick<DocumentLu, 'lignes'>, champ: string): SourceChamp | undefined {
  const ligneTexte = convention.sources?.[champ];
  if (ligneTexte === undefined) return undefined;
  const ligne: LigneDocument | undefined = document.lignes[ligneTexte - 1];
  if (!ligne) return undefined;
  return { champ, ligneTexte, page: ligne.page, ligne: ligne.ligne, texte: ligne.texte, ...(ligne.confiance !== undefined ? { confiance: ligne.confiance } : {}) };
}

/** Every field and sub-field with its source line, in `sources` order. */
export function sourcesDesChamps(convention: Pick<Convention, 'sources'>, document: Pick<DocumentLu, 'lignes'>): SourceChamp[] {
  return Object.keys(convention.sources ?? {})
    .map((champ) => sourceDuChamp(convention, document, champ))
    .filter((s): s is SourceChamp => s !== undefined);
}

/** The top-level field a source key belongs to (`chorus.centreFinancier` → `chorus`, `echeancier.0.ae` → `echeancier`). */
export const champRacine = (champ: string): string => champ.split('.')[0]!;

/** The line as a person reads it: no markdown marks (« le **5 AVR. 2024** »), cells separated by « | ». */
const extrait = (texte: string): string => {
  const lisible = texte.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '').replace(/^\s*#{1,6}\s+/, '').replace(/\t/g, ' | ');
  return lisible.length > 80 ? `${lisible.slice(0, 79)}…` : lisible;
};

/**
 * One finding per field read from a line recognised with less than `seuil` confidence: the field
 * (its deepest key), the page and line, the excerpt. Empty for a document that was not OCR'd.
 */
export function constatsDeRevue(convention: Pick<Convention, 'sources'>, document: Pick<DocumentLu, 'lignes'>, seuil = SEUIL_CONFIANCE_OCR): Constat[] {
  const constats: Constat[] = [];
  const dejaDits = new Set<string>();
  for (const source of sourcesDesChamps(convention, document)) {
    if (source.confiance === undefined || source.confiance >= seuil) continue;
    // `chorus` and `chorus.centreFinancier` on the same line: name the precise one only.
    const cle = `${source.ligneTexte}:${source.champ}`;
    const plusPrecis = Object.keys(convention.sources ?? {}).some((c) => c.startsWith(`${source.champ}.`) && convention.sources?.[c] === source.ligneTexte);
    if (plusPrecis || dejaDits.has(cle)) continue;
    dejaDits.add(cle);
    constats.push({
      regle: REGLE_CHAMP_DOUTEUX,
      gravite: 'avertissement',
      message: `Champ « ${libelleChamp(source.champ)} » lu page ${source.page}, ligne ${source.ligne}, dans un texte reconnu avec ${Math.round(source.confiance)} % de confiance : à vérifier (« ${extrait(source.texte)} »).`,
      position: { page: source.page, ligne: source.ligneTexte, champ: source.champ },
    });
  }
  return constats;
}

/** The top-level fields named by review findings (`chorus`, `echeancier`…), for a review screen to highlight. */
export function champsDouteux(constats: readonly Constat[]): Set<string> {
  return new Set(constats.filter((c) => c.regle === REGLE_CHAMP_DOUTEUX && c.position?.champ).map((c) => champRacine(c.position!.champ!)));
}
