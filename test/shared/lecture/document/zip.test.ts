// The zip layer of .docx and .odt: entries found through the central directory (zip64 too), bounded
// inflation, each failure a French reason naming the file (never fflate's English).
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detecterFormatFichier, nomsZip } from '../../../../shared/lecture/detection';
import { lireDocument } from '../../../../shared/lecture/document';
import { lireRepertoireZip } from '../../../../shared/lecture/document/repertoire-zip';
import { extraireParties } from '../../../../shared/lecture/document/zip';
import { zipBrut } from '../../../../scripts/hostiles/zip-brut';

const corps = '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Convention de délégation de gestion</w:t></w:r></w:p></w:body></w:document>';

describe('répertoire central', () => {
  it('zip ordinaire et zip64 (70 000 entrées) : mêmes noms, même lecture', () => {
    const entrees = [{ nom: 'word/document.xml', donnees: corps }, ...Array.from({ length: 70_000 }, (_, i) => ({ nom: `m/${i}`, donnees: '', methode: 0 }))];
    const zip64 = zipBrut(entrees);
    const repertoire = lireRepertoireZip(zip64);
    expect(repertoire.ok && repertoire.entrees.length).toBe(70_001);
    expect(detecterFormatFichier(zip64)).toBe('docx');
    expect(nomsZip(zipBrut(entrees.slice(0, 3), { zip64: true }))).toEqual(['word/document.xml', 'm/0', 'm/1']);
    const parties = extraireParties(zip64, ['word/document.xml'], 'x.docx');
    expect(parties.ok && new TextDecoder().decode(parties.parties.get('word/document.xml'))).toBe(corps);
  });

  it('refus nommés : tronqué, deflate corrompu, méthode inconnue, chiffré, entrée en double', async () => {
    const erreur = async (octets: Uint8Array) => {
      const r = await lireDocument(octets, { nom: 'x.docx' });
      return r.ok ? '' : r.erreur;
    };
    const sain = zipBrut([{ nom: 'word/document.xml', donnees: corps }]);
    expect(await erreur(sain.slice(0, sain.length - 10))).toBe("Le fichier « x.docx » est une archive endommagée (répertoire central introuvable : archive tronquée ou qui n'est pas un zip).");
    expect(await erreur(zipBrut([{ nom: 'word/document.xml', donnees: corps, brut: new Uint8Array(50).fill(0xff) }]))).toMatch(/^Le fichier « x\.docx » est une archive endommagée \(entrée « word\/document\.xml » : [^a-z]*[a-zéè ]+\)\.$/);
    expect(await erreur(zipBrut([{ nom: 'word/document.xml', donnees: corps, methode: 99 }]))).toBe(
      'Le fichier « x.docx » est une archive endommagée (entrée « word/document.xml » compressée par une méthode que Jauge ne lit pas (n° 99)).',
    );
    expect(await erreur(zipBrut([{ nom: 'word/document.xml', donnees: corps, drapeaux: 1 }]))).toMatch(/protégé par un mot de passe/);
    expect(await erreur(zipBrut([{ nom: 'word/document.xml', donnees: corps }, { nom: 'word/document.xml', donnees: corps }]))).toMatch(/deux entrées « word\/document\.xml »/);
  });

  it('la bombe s’arrête à la borne, comptée sur toutes les parties lues', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(12 << 20).fill(32), 'word/styles.xml': new Uint8Array(12 << 20).fill(32) }, { level: 9 });
    const r = extraireParties(zip, ['word/document.xml', 'word/styles.xml'], 'b.docx');
    expect(r).toEqual({ ok: false, erreur: 'Le fichier « b.docx » se décompresse en plus de 20\u00a0Mio : refusé (archive piégée ou document démesuré).' });
  });

  it('un texte UTF-16 avec BOM est du texte, pas un binaire', () => {
    expect(detecterFormatFichier(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('texte');
    expect(detecterFormatFichier(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('texte');
  });
});
