// Only what a person sees is read: the fixtures of test/fixtures/documents/visibilite (made by
// scripts/fixtures-visibilite.ts) each hide a 2026 row of 900 000 €, a second 2024 row or an end
// date in 2030 in a way the page does not show, or turn the page, or set it in two columns. Each
// must read like the clean page, and the document layer must say what it left aside.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../../shared/lecture/convention';
import { lireDocument } from '../../../../../shared/lecture/document';
import { formaterMontant } from '../../../../../shared/montant';
import { creerLecteurOcrNode } from '../../../../../scripts/ocr-node';
import { FIXTURES_DOCUMENTS } from '../../../../aides/partage';

const DOSSIER = path.join(FIXTURES_DOCUMENTS, 'visibilite');

async function lire(nom: string, ocr = false) {
  const lecteur = ocr ? creerLecteurOcrNode() : undefined;
  try {
    const r = await lireDocument(new Uint8Array(readFileSync(path.join(DOSSIER, nom))), { nom, ...(lecteur ? { ocr: lecteur } : {}) });
    if (!r.ok) throw new Error(r.erreur);
    const { convention } = lireConvention(r.document.texte);
    const { delegant, delegataire, dateSignature, dateFin, uo, programme, echeancier } = convention;
    return { champs: { delegant: delegant?.sigle, delegataire: delegataire?.sigle, dateSignature, dateFin, uo, programme, echeancier }, document: r.document };
  } finally {
    await lecteur?.terminer();
  }
}

const ATTENDU = {
  delegant: 'DGE',
  delegataire: 'DINUM',
  dateSignature: '2024-02-15',
  dateFin: '2025-12-31',
  uo: '0134-CDGE-DINU',
  programme: '0134',
  echeancier: [
    { annee: 2024, ae: 30_000_000, cp: 20_000_000 },
    { annee: 2025, ae: 20_000_000, cp: 30_000_000 },
  ],
};

describe('visibilité dans un PDF : ce que la page montre, rien d’autre', () => {
  it('la page propre, faite à la main et par Chromium, donne les champs de la convention', async () => {
    expect((await lire('propre.pdf')).champs).toEqual(ATTENDU);
    expect((await lire('chromium-propre.pdf')).champs).toEqual(ATTENDU);
  });

  const caches: [string, RegExp][] = [
    ['blanc.pdf', /65 caractères de la couleur du fond \(« 2026 900 000 € 900 000 € La convention est prolongée/],
    ['chromium-blanc.pdf', /caractères de la couleur du fond \(« 2026 900 000 € 900 000 €/],
    ['sous-rectangle.pdf', /65 caractères recouverts par une forme ou une image \(« 2024 900 000 €/],
    ['chromium-recouvert.pdf', /18 caractères recouverts par une forme ou une image \(« 2026 900 000 € 900 000 € »\)/],
    ['sous-image.pdf', /18 caractères recouverts par une forme ou une image/],
    ['decoupe.pdf', /65 caractères hors de la zone découpée/],
    ['invisible.pdf', /65 caractères en mode de rendu invisible/],
    ['hors-page.pdf', /65 caractères hors de la page \(« 2026 900 000 € 900 000 € La convention est prolongée jusqu'/],
    ['calque.pdf', /65 caractères dans un calque masqué/],
  ];
  for (const [fichier, message] of caches) {
    it(`${fichier} : le texte caché n’est pas lu, et le constat dit ce qui a été laissé et pourquoi`, async () => {
      const { champs, document } = await lire(fichier);
      expect(champs).toEqual(ATTENDU);
      const constat = document.constats.find((c) => c.regle === 'document-texte-invisible');
      expect(constat).toMatchObject({ gravite: 'avertissement', position: { page: 1 } });
      expect(constat?.message).toMatch(message);
    });
  }

  for (const fichier of ['tourne-90.pdf', 'tourne-180.pdf', 'tourne-270.pdf', 'chromium-tourne-90.pdf', 'chromium-tourne-180.pdf']) {
    it(`${fichier} : une page dessinée tournée se lit comme la page droite`, async () => {
      const { champs, document } = await lire(fichier);
      expect(champs).toEqual(ATTENDU);
      expect(document.constats.map((c) => c.regle)).toEqual(['document-texte-tourne']);
    });
  }

  it('une page en deux colonnes se lit comme la page en une colonne', async () => {
    const { champs, document } = await lire('chromium-deux-colonnes.pdf');
    expect(champs).toEqual(ATTENDU);
    const propre = await lire('chromium-propre.pdf');
    // The same lines, but for paragraphs the narrow columns wrap differently.
    const tableau = (t: string) => t.split('\n').filter((l) => l.includes('\t'));
    expect(tableau(document.texte)).toEqual(tableau(propre.document.texte));
  });

  it('un filigrane en biais n’est pas lu, et le constat le dit', async () => {
    const { champs, document } = await lire('filigrane.pdf');
    expect(champs).toEqual(ATTENDU);
    expect(document.texte).not.toMatch(/COPIE/);
    expect(document.constats).toMatchObject([{ regle: 'document-texte-en-biais', gravite: 'information', message: "Page 1 : 13 caractères écrits en biais (un filigrane ?) n'ont pas été lus." }]);
  });

  it('une police dont la table ToUnicode ment : la page montre 700 000 €, Jauge lit 700 000 € et le dit', async () => {
    const { champs, document } = await lire('police-menteuse.pdf');
    expect(champs.echeancier[0]).toEqual({ annee: 2024, ae: 70_000_000, cp: 20_000_000 });
    expect(document.constats).toMatchObject([{ regle: 'document-police-trompeuse', gravite: 'avertissement', position: { page: 1 } }]);
    expect(document.constats[0]!.message).toMatch(/la police « Helvetica » dessine « 7 » là où son texte dit « 1 ».*Jauge a lu ce que la page montre/);
  });

  it('un texte visible posé sur l’image de toute la page est lu, et le constat dit que l’image ne l’a pas été', async () => {
    const { champs, document } = await lire('texte-sur-image.pdf');
    expect(champs).toEqual(ATTENDU);
    expect(document.constats).toMatchObject([{ regle: 'document-texte-sur-image', gravite: 'information', position: { page: 1 } }]);
  });

  it('une couche de texte invisible sur l’image de la page : refusée sans OCR, en disant pourquoi', async () => {
    const r = await lireDocument(new Uint8Array(readFileSync(path.join(DOSSIER, 'couche-ocr.pdf'))), { nom: 'couche-ocr.pdf' });
    expect(r).toEqual({ ok: false, erreur: expect.stringMatching(/^Le fichier « couche-ocr\.pdf » est un PDF numérisé : son texte est une couche invisible posée sur l'image des pages, que Jauge ne lit pas/) });
  });

  it('avec l’OCR, l’image est lue et la couche qui dit d’autres montants est signalée', { timeout: 240_000 }, async () => {
    const { champs, document } = await lire('couche-ocr.pdf', true);
    expect(document.format).toBe('pdf-scanne');
    expect(champs.echeancier).toEqual(ATTENDU.echeancier);
    expect(champs.dateFin).toBe('2025-12-31');
    const constat = document.constats.find((c) => c.regle === 'document-couche-texte-discordante');
    expect(constat?.message).toBe(`Page 1 : la couche de texte invisible posée sur l'image porte des montants que l'image ne montre pas (${formaterMontant(90_000_000)}, ${formaterMontant(180_000_000)}) : Jauge a lu l'image, pas cette couche.`);
  });
});
