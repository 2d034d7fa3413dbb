// Ghostscript's broken ligatures read back: each word of its real PDFs (corpus, 10.00) and the
// French words that do carry û or ü.
import { describe, expect, it } from 'vitest';
import { estGhostscript, reparerLigatures } from '../../../../shared/lecture/document/source-pdf/ligatures';

describe('reparerLigatures', () => {
  it.each([
    ['ünancier', 'financier'],
    ['ün', 'fin'],
    ['modiüé', 'modifié'],
    ['conürmés', 'confirmés'],
    ['déünit', 'définit'],
    ['proül', 'profil'],
    ['eûet', 'effet'],
    ['diûérentes', 'différentes'],
    ['oûre', 'offre'],
    ['oûiciel', 'officiel'],
    ['diûuser', 'diffuser'],
    ['eþcace', 'efficace'],
    ['souýé', 'souflé'],
  ])('%s → %s', (lu, attendu) => expect(reparerLigatures(lu)).toBe(attendu));

  it.each(['coûts', 'sûr', 'dû', 'août', 'goût', 'piqûre', 'brûler', 'jeûne', 'Saül', 'aigüe', 'financier', '2024'])('garde %s', (mot) => expect(reparerLigatures(mot)).toBe(mot));

  it('reconnaît Ghostscript dans le producteur du PDF', () => {
    expect(estGhostscript('GPL Ghostscript 10.00.0')).toBe(true);
    expect(estGhostscript('Skia/PDF m156')).toBe(false);
    expect(estGhostscript(undefined)).toBe(false);
  });
});
