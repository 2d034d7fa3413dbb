// What a person must review before a convention read from a document is trusted: where each
// field was read (page, line, the excerpt), and which fields come from text the OCR was unsure
// of. A field read from a doubtful line is never silently trusted: it becomes a finding that
// names the field and the line.
import { libelleChamp } from '../../champs';
import type { Constat, Convention } from '../../model';
import { creerDocument } from '../convention/document';
import { echeancierVu } from '../convention/echeancier-vu';
import { SEUIL_CONFIANCE_OCR } from './pdf-scanne';
import type { DocumentLu, LigneDocument } from './types';
import { constatModifications, nommerLignes, REGLE_MODIFICATIONS } from './visibilite';

export const REGLE_CHAMP_DOUTEUX = 'ocr-champ-douteux';
export const REGLE_ECHEANCIER_NON_LU = 'echeancier-non-lu';

/** What the review needs of a document: its lines, and its format when known (pages are named for a PDF). */
export type DocumentRevu = Pick<DocumentLu, 'lignes'> & Partial<Pick<DocumentLu, 'format'>>;

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
export function constatsDeRevue(
  convention: Pick<Convention, 'sources' | 'echeancier' | 'type' | 'montantFast'>,
  document: DocumentRevu & Partial<Pick<DocumentLu, 'modifications'>>,
  seuil = SEUIL_CONFIANCE_OCR,
): Constat[] {
  const modifications = constatModificationsDesChamps(convention, document);
  const constats: Constat[] = modifications ? [modifications] : [];
  const nonLu = constatEcheancierNonLu(convention, document);
  if (nonLu) constats.push(nonLu);
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

/**
 * No échéancier was read but the document holds a table that looks like one: where it is (page
 * and line), so the person checks that table rather than adds one. A FAST partnership that states
 * its amount needs none.
 */
export function constatEcheancierNonLu(convention: Pick<Convention, 'echeancier' | 'type' | 'montantFast'>, document: DocumentRevu): Constat | null {
  if (convention.echeancier.length > 0 || (convention.type === 'partenariat-fast' && convention.montantFast !== undefined)) return null;
  const doc = creerDocument(document.lignes.map((l) => l.texte).join('\n'));
  const vu = echeancierVu(doc);
  if (!vu) return null;
  const ligneTexte = doc.ligneOrigine(vu.ligne);
  const ligne = document.lignes[ligneTexte - 1];
  const ou = ligne && (document.format === 'pdf' || document.format === 'pdf-scanne') ? `page ${ligne.page}` : `ligne ${ligneTexte}`;
  return {
    regle: REGLE_ECHEANCIER_NON_LU,
    gravite: 'avertissement',
    message: `Un tableau ${vu.entete.join(' / ')} ${ou} n'a pas pu être lu : aucun de ses montants n'a été repris. Vérifiez-le sur le document et saisissez l'échéancier.`,
    position: { ligne: ligneTexte, ...(ligne ? { page: ligne.page } : {}) },
  };
}

/** The top-level fields named by review findings (`chorus`, `echeancier`…), for a review screen to highlight. */
export function champsDouteux(constats: readonly Constat[]): Set<string> {
  return new Set(constats.filter((c) => c.regle === REGLE_CHAMP_DOUTEUX && c.position?.champ).map((c) => champRacine(c.position!.champ!)));
}

/**
 * The fields read on lines that tracked changes touch, the deepest key of each line (an échéancier
 * row is named once: `échéancier 2025`), in line order.
 */
function champsModifies(convention: Pick<Convention, 'sources' | 'echeancier'>, lignes: ReadonlySet<number>): { libelle: string; ligne: number }[] {
  const sources = Object.entries(convention.sources ?? {}).filter(([, ligne]) => lignes.has(ligne));
  const dits = new Set<string>();
  const resultat: { libelle: string; ligne: number }[] = [];
  for (const [champ, ligne] of sources.sort((a, b) => a[1] - b[1])) {
    if (sources.some(([autre, l]) => l === ligne && autre.startsWith(`${champ}.`) && !/^echeancier\.\d+\./.test(autre))) continue;
    const cle = champ.replace(/^(echeancier\.\d+)\..*$/, '$1').replace(/^(delegant|delegataire)\..*$/, '$1');
    const libelle = libelleChamp(cle, convention.echeancier);
    if (dits.has(`${libelle}:${ligne}`)) continue;
    dits.add(`${libelle}:${ligne}`);
    resultat.push({ libelle, ligne });
  }
  return resultat;
}

/**
 * The tracked-changes finding of a .docx or .odt with the fields read on the lines they touch, to
 * replace the layer's own (which cannot know the fields); null when the document has none.
 */
export function constatModificationsDesChamps(
  convention: Pick<Convention, 'sources' | 'echeancier'>,
  document: Pick<DocumentLu, 'modifications'>,
): Constat | null {
  const { modifications } = document;
  if (!modifications) return null;
  const constat = constatModifications(modifications.nombre, []);
  const champs = champsModifies(convention, new Set(modifications.lignes));
  const suite =
    champs.length > 0
      ? `Champs lus sur des lignes modifiées, à vérifier : ${champs.map((c) => `${c.libelle} (ligne ${c.ligne})`).join(', ')}.`
      : `Aucun champ lu ne vient des lignes modifiées${modifications.lignes.length > 0 ? ` (${nommerLignes(modifications.lignes)})` : ''}.`;
  return { ...constat, message: `${constat.message.replace(/\.$/, '')}. ${suite}`, position: modifications.lignes.length > 0 ? { ligne: modifications.lignes[0]! } : null };
}

/** The layer's findings, its tracked-changes one made precise with the fields, then the review's. */
export function constatsDuDocument(convention: Pick<Convention, 'sources' | 'echeancier' | 'type' | 'montantFast'>, document: DocumentLu): Constat[] {
  const revue = constatsDeRevue(convention, document);
  const precise = revue.some((c) => c.regle === REGLE_MODIFICATIONS);
  return [...document.constats.filter((c) => !(precise && c.regle === REGLE_MODIFICATIONS)), ...revue];
}
