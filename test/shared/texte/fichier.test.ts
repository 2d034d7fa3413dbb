import { describe, expect, it } from 'vitest';
import { decoderFichierTexte, TAILLE_MAXIMALE } from '../../../shared/texte/fichier';

const octets = (s: string) => new TextEncoder().encode(s);

describe('decoderFichierTexte', () => {
  it('décode un texte UTF-8 et retire le BOM', () => {
    expect(decoderFichierTexte(octets('\ufeffAnnée;AE;CP'), 'a.csv')).toEqual({ ok: true, texte: 'Année;AE;CP' });
  });

  it('refuse un fichier vide ou blanc en nommant le fichier', () => {
    expect(decoderFichierTexte(new Uint8Array(), 'vide.txt')).toEqual({ ok: false, erreur: 'Le fichier « vide.txt » est vide.' });
    expect(decoderFichierTexte(octets(' \n\t'), 'blanc.txt')).toEqual({
      ok: false,
      erreur: 'Le fichier « blanc.txt » ne contient que des espaces.',
    });
  });

  it('refuse un fichier binaire en disant ce qu’il est, ou la position du premier octet nul', () => {
    const r = decoderFichierTexte(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'c.pdf');
    expect(r).toEqual({ ok: false, erreur: expect.stringContaining('« c.pdf » est un document PDF, pas un texte') });
    const b = decoderFichierTexte(new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x43, 0x44, 0x45, 0x46]), 'x.bin');
    expect(b).toEqual({ ok: false, erreur: expect.stringContaining('est binaire (octet nul à la position 3)') });
  });

  it('nomme le Windows-1252 (Latin-1) et dit comment réenregistrer en UTF-8', () => {
    const r = decoderFichierTexte(new Uint8Array([0x41, 0x6e, 0x6e, 0xe9, 0x65]), 'latin1.csv');
    expect(r).toEqual({ ok: false, erreur: expect.stringMatching(/est encodé en Windows-1252 \(Latin-1.*réenregistrez-le en UTF-8/) });
  });

  it('lit l’UTF-16 LE et BE avec BOM (qu’il appelait « binaire »)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00, 0x3b, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9, 0x00, 0x3b]);
    expect(decoderFichierTexte(le, 'le.csv')).toEqual({ ok: true, texte: 'Aé;' });
    expect(decoderFichierTexte(be, 'be.csv')).toEqual({ ok: true, texte: 'Aé;' });
  });

  it('refuse au-delà de la taille maximale', () => {
    const r = decoderFichierTexte(new Uint8Array(TAILLE_MAXIMALE + 1).fill(0x41), 'gros.csv');
    expect(r).toEqual({ ok: false, erreur: 'Le fichier « gros.csv » est trop gros (20 Mio) : la limite est de 20 Mio.' });
  });
});
