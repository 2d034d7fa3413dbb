// Where the document's text enters `shared/`: every line goes through the shared normaliser
// (shared/texte/normalisation.ts: NFC, Unicode spaces, invisible characters, ligatures, apostrophes and
// dashes), so the convention reader reads a PDF's or a .docx's text exactly as it reads the seeds.
// Line by line, so that line i of the text stays `lignes[i]` (a separator inside a line is a space).
import { normaliserCellule } from '../../texte/normalisation';

export function normaliserLigne(texte: string): string {
  return normaliserCellule(texte).replace(/\n/g, ' ');
}
