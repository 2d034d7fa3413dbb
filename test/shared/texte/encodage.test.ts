import { describe, expect, it } from 'vitest';
import { decoderTexte } from '../../../shared/texte/encodage';

const TEXTE = 'Échéancier;AE;CP\n2024;2 500 000 €;1 900 000 €\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 bytes with their BOM, written by hand (no decoder under test involved). */
function utf16(s: string, petit: boolean, bom = true): Uint8Array {
  const unites = bom ? [0xfeff] : [];
  for (let i = 0; i < s.length; i++) unites.push(s.charCodeAt(i));
  const octets = new Uint8Array(unites.length * 2);
  unites.forEach((u, i) => {
    octets[2 * i + (petit ? 0 : 1)] = u & 0xff;
    octets[2 * i + (petit ? 1 : 0)] = u >> 8;
  });
  return octets;
}
const windows1252 = (s: string) => Uint8Array.from(s, (c) => ({ 'É': 0xc9, 'é': 0xe9, '€': 0x80 })[c] ?? c.charCodeAt(0));
const strict = { accepterWindows1252: false };
const souple = { accepterWindows1252: true };

describe('decoderTexte', () => {
  it('lit l’UTF-8, avec ou sans BOM', () => {
    expect(decoderTexte(utf8(TEXTE), 'a.csv', strict)).toEqual({ ok: true, texte: TEXTE, encodage: 'utf-8' });
    expect(decoderTexte(utf8(`\ufeff${TEXTE}`), 'a.csv', strict)).toEqual({ ok: true, texte: TEXTE, encodage: 'utf-8' });
  });

  it.each([true, false])('lit l’UTF-16 avec BOM (petit-boutiste : %s), caractères hors BMP compris', (petit) => {
    const texte = `${TEXTE}Startup 🚀 « ok »`;
    expect(decoderTexte(utf16(texte, petit), 'a.csv', strict)).toEqual({ ok: true, texte, encodage: petit ? 'utf-16le' : 'utf-16be' });
  });

  it('refuse un UTF-16 tronqué ou à demi-paire, en disant où', () => {
    const tronque = utf16(TEXTE, true).slice(0, -1);
    expect(decoderTexte(tronque, 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringMatching(/se déclare en UTF-16 LE mais le fichier est tronqué/) });
    const demi = utf16('a\ud800b', false);
    expect(decoderTexte(demi, 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringMatching(/UTF-16 BE mais un caractère y est coupé/) });
  });

  it('nomme l’UTF-32 (avec BOM) et l’UTF-16 ou l’UTF-32 sans BOM', () => {
    const utf32le = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(decoderTexte(utf32le, 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringMatching(/« a\.csv » est encodé en UTF-32 LE .*réenregistrez-le en UTF-8/) });
    expect(decoderTexte(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]), 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringContaining('UTF-32 BE') });
    expect(decoderTexte(utf16(TEXTE, true, false), 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringContaining('semble encodé en UTF-16 LE sans marque d’ordre des octets') });
    expect(decoderTexte(utf16(TEXTE, false, false), 'a.csv', strict)).toEqual({ ok: false, erreur: expect.stringContaining('UTF-16 BE sans marque') });
  });

  it('nomme le Windows-1252 et dit comment réenregistrer, ou le lit quand on l’accepte', () => {
    const octets = windows1252('Échéancier;AE\n2024;5 €');
    expect(decoderTexte(octets, 'excel.csv', strict)).toEqual({
      ok: false,
      erreur: expect.stringMatching(/« excel\.csv » est encodé en Windows-1252 \(Latin-1.*octet 0xC9 à la position 1\).*« CSV UTF-8 »/),
    });
    expect(decoderTexte(octets, 'excel.csv', souple)).toEqual({ ok: true, texte: 'Échéancier;AE\n2024;5 €', encodage: 'windows-1252' });
  });

  it('distingue un UTF-8 abîmé, un encodage inconnu et les fichiers binaires courants', () => {
    const abime = new Uint8Array([...utf8('Année é'), 0xe9, 0x41]);
    expect(decoderTexte(abime, 'a.csv', souple)).toEqual({ ok: false, erreur: expect.stringMatching(/en UTF-8 mais abîmé : l’octet 0xE9 à la position 10/) });
    expect(decoderTexte(new Uint8Array([0x41, 0x81, 0x42]), 'a.csv', souple)).toEqual({ ok: false, erreur: expect.stringMatching(/ni en UTF-8, ni en UTF-16, ni en Windows-1252 \(octet 0x81 à la position 2\)/) });
    expect(decoderTexte(utf8('%PDF-1.7\n'), 'c.pdf', souple)).toEqual({ ok: false, erreur: expect.stringContaining('est un document PDF, pas un texte') });
    expect(decoderTexte(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'c.xlsx', souple)).toEqual({ ok: false, erreur: expect.stringContaining('archive ZIP (classeur .xlsx') });
    expect(decoderTexte(new Uint8Array([0x41, 0x42, 0, 0x43, 0x44, 0x45, 0x46, 0x47]), 'x.bin', souple)).toEqual({ ok: false, erreur: expect.stringContaining('est binaire (octet nul à la position 3)') });
  });
});
