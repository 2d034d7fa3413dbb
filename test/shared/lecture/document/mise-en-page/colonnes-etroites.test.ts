// A narrow borderless table as a scan gives it: a cell that fills its column stands a word space
// from the next one, and is cut where the other rows say the next column starts.
import { describe, expect, it } from 'vitest';
import { mettreEnPage } from '../../../../../shared/lecture/document/mise-en-page';
import { mots, page } from './aide';

describe('colonnes étroites', () => {
  it('cuts a row whose AE cell runs into its CP cell at the CP column', () => {
    const ocr = { confiance: 90 };
    // Columns at 72 (year), 150 (AE), 260 (CP); the 2024 row's AE cell reaches 257.5: a word space from CP.
    const texte = [
      ...mots('Année', 72, 100, ocr),
      ...mots('AE', 150, 100, ocr),
      ...mots('CP', 260, 100, ocr),
      ...mots('2023', 72, 114, ocr),
      ...mots('250 000 €', 150, 114, ocr),
      ...mots('125 000 €', 260, 114, ocr),
      ...mots('2024', 72, 128, ocr),
      ...mots('350 000 € (trois cent', 150, 128, ocr).map((m, i, tous) => (i === tous.length - 1 ? { ...m, x1: 257.5 } : m)),
      ...mots('325 000 €', 260, 128, ocr),
    ];
    const { lignes } = mettreEnPage([page(1, texte)]);
    expect(lignes.filter((l) => l.texte !== '').map((l) => l.texte)).toEqual(['Année\tAE\tCP', '2023\t250 000 €\t125 000 €', '2024\t350 000 € (trois cent\t325 000 €']);
  });
});
