// Bad input gets a clear French error, and nothing hangs: protected, truncated, huge, empty, zip bombs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lireDocument } from '../../../../shared/lecture/document';
import { DECOMPRESSE_MAX, PAGES_MAX } from '../../../../shared/lecture/document/limites';
import { FIXTURES_DOCUMENTS } from '../../../aides/partage';
import { pdfMinimal } from '../../../aides/pdf-minimal';

const fixture = (nom: string) => new Uint8Array(readFileSync(path.join(FIXTURES_DOCUMENTS, nom)));

async function erreur(octets: Uint8Array, nom: string, signal?: AbortSignal): Promise<string> {
  const r = await lireDocument(octets, { nom, signal });
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.erreur;
}

describe('entrées hostiles', () => {
  it('PDF protégé par un mot de passe', async () => {
    expect(await erreur(fixture('chiffre.pdf'), 'chiffre.pdf')).toBe(
      'Le fichier « chiffre.pdf » est un PDF protégé par un mot de passe : enregistrez-en une copie sans protection, puis relancez.',
    );
  });

  it('PDF tronqué ou corrompu', async () => {
    expect(await erreur(fixture('tronque.pdf'), 'tronque.pdf')).toBe('Le fichier « tronque.pdf » n’est pas un PDF lisible (fichier corrompu ou tronqué).'.replace('’', "'"));
    const bruit = new TextEncoder().encode('%PDF-1.7\n' + 'n’importe quoi '.repeat(200));
    expect(await erreur(bruit, 'bruit.pdf')).toMatch(/^Le fichier « bruit\.pdf » (n'est pas un PDF lisible|ne contient aucun texte|n'a pas pu être lu)/);
  });

  it(`PDF de 300 pages : refusé au-delà de ${PAGES_MAX} pages, sans lire les pages`, async () => {
    const pages = Array.from({ length: 300 }, (_, i) => [{ texte: `Page ${i + 1}`, x: 72, y: 100 }]);
    expect(await erreur(pdfMinimal(pages), 'long.pdf')).toBe(
      `Le fichier « long.pdf » a 300 pages : Jauge en lit ${PAGES_MAX} au plus (une convention et ses annexes en comptent quelques dizaines).`,
    );
  });

  it('PDF sans texte (un scan) : refusé tant qu’aucun OCR n’est fourni', async () => {
    expect(await erreur(pdfMinimal([[], []]), 'scan.pdf')).toMatch(/^Le fichier « scan\.pdf » est un PDF numérisé \(des images, sans texte\) : il faut la reconnaissance de texte \(OCR\)/);
  });

  it('.docx bombe de décompression : arrêtée à la limite, pas après avoir tout décompressé', async () => {
    const enorme = new Uint8Array(DECOMPRESSE_MAX + 1024 * 1024).fill(0x20);
    const bombe = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': enorme }, { level: 9 });
    expect(bombe.length).toBeLessThan(200 * 1024);
    expect(await erreur(bombe, 'bombe.docx')).toBe('Le fichier « bombe.docx » se décompresse en plus de 20\u00a0Mio : refusé (archive piégée ou document démesuré).');
  });

  it('.docx sans texte, fichier de 0 octet, binaire inconnu, zip quelconque', async () => {
    expect(await erreur(fixture('sans-texte.docx'), 'sans-texte.docx')).toBe('Le fichier « sans-texte.docx » ne contient aucun texte.');
    expect(await erreur(new Uint8Array(), 'vide.pdf')).toBe('Le fichier « vide.pdf » est vide (0 octet).');
    expect(await erreur(new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]), 'photo.docx')).toMatch(/format non reconnu/);
    expect(await erreur(zipSync({ 'a.txt': new Uint8Array([65]) }), 'a.zip')).toMatch(/ni un document Word \(\.docx\) ni un document OpenDocument/);
  });

  it('.docx dont le zip est endommagé', async () => {
    const docx = fixture('000.docx');
    const abime = docx.slice();
    abime.fill(0x41, 200, 4000);
    expect(await erreur(abime, 'abime.docx')).toMatch(/^Le fichier « abime\.docx » (est une archive endommagée|n'a pas de corps de document Word)/);
  });

  it('lecture interrompue (délai dépassé) : message clair, pas d’attente, pour un PDF comme pour un .docx ou un .odt', async () => {
    const controleur = new AbortController();
    controleur.abort();
    for (const nom of ['000.pdf', '000.docx', '000.odt']) {
      expect(await erreur(fixture(nom), nom, controleur.signal)).toBe(`La lecture de « ${nom} » a été interrompue (délai dépassé ou annulation).`);
    }
  });

  it('.docx : une partie XML piégée est refusée en nommant le fichier, la partie et la raison', async () => {
    const docx = (xml: string) => zipSync({ 'word/document.xml': new TextEncoder().encode(xml) });
    expect(await erreur(docx(`<w:document><w:body><w:p ${'a'.repeat(1 << 20)}></w:p></w:body></w:document>`), 'a.docx')).toMatch(
      /^Le fichier « a\.docx » est refusé : word\/document\.xml n'est pas du XML bien formé \(attribut « a{40}… » sans valeur dans la balise « w:p »\)\.$/,
    );
    expect(await erreur(docx('<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document>&x;</w:document>'), 'x.docx')).toMatch(/^Le fichier « x\.docx » est refusé : word\/document\.xml contient une déclaration de type de document/);
  });
});
