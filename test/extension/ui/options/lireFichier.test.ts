// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TAILLE_IMPORT } from '../../../../extension/lib/limites';
import { TAILLE_TRANCHE, lireFichier } from '../../../../extension/ui/options/lireFichier';

describe('lecture d’un fichier par tranches', () => {
  it('rend compte de la progression tranche par tranche et recolle un caractère coupé entre deux tranches', async () => {
    // 'é' is two bytes in UTF-8: put one right across the first slice boundary.
    const debut = 'a'.repeat(TAILLE_TRANCHE - 1);
    const texte = `${debut}é${'b'.repeat(TAILLE_TRANCHE)}fin`;
    const progres: [number, number][] = [];
    const r = await lireFichier(new Blob([texte]), (lus, total) => progres.push([lus, total]));
    expect(r).toEqual({ ok: true, texte, encodage: 'utf-8' });
    const total = new Blob([texte]).size;
    expect(progres).toEqual([
      [0, total],
      [TAILLE_TRANCHE, total],
      [2 * TAILLE_TRANCHE, total],
      [total, total],
    ]);
  });

  it('retire la marque d’ordre des octets (BOM)', async () => {
    const r = await lireFichier(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'id;annee\n']));
    expect(r).toEqual({ ok: true, texte: 'id;annee\n', encodage: 'utf-8' });
  });

  it('lit en Windows-1252 un CSV qui n’est pas de l’UTF-8 (export de tableur)', async () => {
    // « Échéancier;crédits » in Windows-1252: É = 0xC9, é = 0xE9.
    const octets = new Uint8Array([0xc9, 0x63, 0x68, 0xe9, 0x61, 0x6e, 0x63, 0x69, 0x65, 0x72, 0x3b, 0x63, 0x72, 0xe9, 0x64, 0x69, 0x74, 0x73]);
    const r = await lireFichier(new Blob([octets]));
    expect(r).toEqual({ ok: true, texte: 'Échéancier;crédits', encodage: 'windows-1252' });
  });

  it('lit l’UTF-16 LE et BE avec BOM au lieu de les prendre pour du Windows-1252', async () => {
    const le = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x3b, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64, 0x00, 0x3b, 0x00, 0xe9]);
    expect(await lireFichier(new Blob([le]))).toEqual({ ok: true, texte: 'id;é', encodage: 'utf-16le' });
    expect(await lireFichier(new Blob([be]))).toEqual({ ok: true, texte: 'id;é', encodage: 'utf-16be' });
  });

  it('nomme l’encodage qu’il ne lit pas (UTF-32)', async () => {
    const r = await lireFichier(new File([new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])], 'registre.csv'));
    expect(r).toEqual({ ok: false, erreur: expect.stringContaining('« registre.csv » est encodé en UTF-32 LE') });
  });

  it('la limite des imports (la même que pour une synchronisation) : 20 Mo pile sont lus, un octet de plus refusé sans rien lire', async () => {
    const pile = await lireFichier(new File([new Uint8Array(TAILLE_IMPORT).fill(0x20)], 'registre.json'));
    expect(pile.ok && pile.texte.length).toBe(TAILLE_IMPORT);
    const gros = { name: 'registre.json', size: TAILLE_IMPORT + 1, slice: () => { throw new Error('ne doit pas être lu'); } } as unknown as Blob;
    const r = await lireFichier(gros);
    expect(!r.ok && r.erreur.replace(/[\u202f\u00a0]/g, ' ')).toBe('Fichier « registre.json » trop gros (20 Mo) : 20 Mo au plus, soit 20 971 520 octets.');
    const tresGros = { size: 26_843_546, slice: () => { throw new Error('ne doit pas être lu'); } } as unknown as Blob;
    const r2 = await lireFichier(tresGros);
    expect(!r2.ok && r2.erreur.replace(/[\u202f\u00a0]/g, ' ')).toBe('Fichier trop gros (25,6 Mo) : 20 Mo au plus, soit 20 971 520 octets.');
  });

  it('lit un fichier vide', async () => {
    expect(await lireFichier(new Blob([]))).toEqual({ ok: true, texte: '', encodage: 'utf-8' });
  });
});
