// Where the document's text enters `shared/`: every line goes through the Unicode normaliser, so
// the convention reader reads a PDF's or a .docx's text exactly as it reads the seeds.
// HOOK: the branch `normalisation` builds the shared normaliser (NFC, Unicode spaces and separators,
// invisible characters, ligatures); call it here once it is merged. Until then, NFC, ligatures
// spelled out and invisible characters dropped, the layer's own minimum.
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

export function normaliserLigne(texte: string): string {
  return texte
    .normalize('NFC')
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}
