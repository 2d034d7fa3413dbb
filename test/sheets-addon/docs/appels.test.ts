// Calls to the document per « Vérifier la convention »: a fixed list at 10, 1 000 and 10 000 paragraphs.
// Every DocumentApp method call counts (the double journals them all); what grows the list is the number
// of tables (4 calls each) and of marked passages (1 write each), never the document's length.
import { beforeAll, describe, expect, it } from 'vitest';
import { assurerConstruction } from '../util/charger-docs';
import { mesurerVerificationDocs } from '../util/mesures-docs';

beforeAll(async () => {
  await assurerConstruction();
});

const LECTURE = ['DocumentApp.getActiveDocument', 'Document.getBody', 'Body.editAsText', 'Text.getText', 'Body.getTables'];
const TABLE = ['Table.getText', 'Table.getNumRows', 'Table.getRow', 'TableRow.getNumCells'];

describe('Appels au document par vérification', () => {
  it('première vérification : 5 pour le corps, 4 par tableau, 1 pour la mise en forme, 1 lecture de fond par passage de mise en forme, 1 écriture par marque', () => {
    const mesures = [10, 1_000, 10_000].map((n) => mesurerVerificationDocs(n));
    expect(mesures.map((m) => m.paragraphes)).toEqual([22, 1_009, 10_009]);
    for (const m of mesures) {
      expect(m.appelsDocument).toEqual([...LECTURE, ...TABLE, ...TABLE, 'Text.getTextAttributeIndices', 'Text.getBackgroundColor', 'Text.setBackgroundColor', 'Text.setBackgroundColor']);
      expect(m.appelsProprietes).toBe(4);
      expect(m.plagesMarquees).toBe(2);
    }
    expect(new Set(mesures.map((m) => m.constats)).size).toBe(1);
  });

  it('nouvelle vérification d’un document inchangé : les marques en place sont gardées, rien n’est écrit', () => {
    for (const n of [10, 10_000]) {
      const m = mesurerVerificationDocs(n, 2);
      expect(m.appelsDocument).toEqual([...LECTURE, ...TABLE, ...TABLE, 'Text.getTextAttributeIndices', 'Text.getBackgroundColor', 'Text.getBackgroundColor']);
      expect(m.appelsProprietes).toBe(2);
    }
  });
});
