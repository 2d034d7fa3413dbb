// Batching: one validation makes the same spreadsheet calls at 10, 1 000 and 10 000 rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction } from '../util/charger';
import { mesurerValidation } from '../util/mesures';

beforeAll(async () => {
  await assurerConstruction();
});

/** The whole conversation with Sheets for one validation of a sheet: 10 calls, was 12 with the selection's two. */
const APPELS = [
  'SpreadsheetApp.getActiveSheet',
  'Sheet.getName',
  'Sheet.getDataRange',
  'Range.getValues',
  'Range.getDisplayValues',
  'Sheet.getRange',
  'Range.getBackgrounds',
  'Range.getNotes',
  'Range.setBackgrounds',
  'Range.setNotes',
];

describe('Appels au tableur par vérification', () => {
  it.each([1, 2] as const)('sont les mêmes à 10, 1 000 et 10 000 lignes (passage %i)', (passage) => {
    const mesures = [10, 1_000, 10_000].map((n) => mesurerValidation(n, passage));
    for (const m of mesures) {
      expect(m.appelsTableur).toEqual(APPELS);
      // One read of values, one of displayed values, one of backgrounds and notes, one write of each.
      expect(m.appelsDonnees).toBe(6);
      expect(m.appelsProprietes).toBe(4);
      // The same two findings on the last two rows whatever the size: the sizes compare fairly.
      expect(m.cellulesMarquees).toBe(2);
    }
    expect(new Set(mesures.map((m) => m.constats)).size).toBe(1);
  });

  it('« Vérifier la sélection » : 10 appels aussi, la sélection lue servant de cadre aux marques', () => {
    for (const n of [10, 1_000]) {
      const m = mesurerValidation(n, 1, 'selection');
      expect(m.appelsTableur).toEqual([
        'SpreadsheetApp.getActiveSheet',
        'Sheet.getName',
        'Sheet.getActiveRange',
        'Range.getValues',
        'Range.getDisplayValues',
        'Range.getA1Notation',
        'Range.getBackgrounds',
        'Range.getNotes',
        'Range.setBackgrounds',
        'Range.setNotes',
      ]);
      expect(m.cellulesMarquees).toBe(2);
    }
  });
});
