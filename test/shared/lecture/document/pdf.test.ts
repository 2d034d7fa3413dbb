// The layout rebuilding on real PDFs: small ones written with known geometry (test/aides/pdf-minimal),
// and the fixtures printed by Chromium from the seeds (test/fixtures/documents).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireDocument } from '../../../../shared/lecture/document';
import { FIXTURES_DOCUMENTS } from '../../../aides/partage';
import { pdfMinimal, type Texte } from '../../../aides/pdf-minimal';

async function lire(pages: Texte[][]) {
  const r = await lireDocument(pdfMinimal(pages), { nom: 'essai.pdf' });
  if (!r.ok) throw new Error(r.erreur);
  return r.document;
}

/** A justified paragraph: lines 14 pt apart reaching the right edge at x ≈ 523. */
const ligne = (texte: string, y: number, x = 72): Texte => ({ texte, x, y });

describe('mise en page d’un PDF', () => {
  it('reconstruit un tableau : cellules jointes par des tabulations, cellules sur plusieurs lignes recollées', async () => {
    const d = await lire([
      [
        ligne('Le délégant met à disposition les montants suivants selon l’échéancier prévisionnel suivant :', 100),
        { texte: 'AE', x: 200, y: 140 },
        { texte: 'CP', x: 360, y: 140 },
        { texte: '2024', x: 80, y: 165 },
        { texte: '1', x: 200, y: 165 },
        { texte: '900 000 € (un million', x: 360, y: 165 },
        { texte: '500 000 €', x: 200, y: 178 },
        { texte: 'neuf cent mille euros)', x: 360, y: 178 },
        { texte: '2025', x: 80, y: 203 },
        { texte: '600 000 €', x: 360, y: 203 },
      ],
    ]);
    expect(d.texte.split('\n').slice(2)).toEqual(['\tAE\tCP', '2024\t1 500 000 €\t900 000 € (un million neuf cent mille euros)', '2025\t\t600 000 €']);
    expect(d.lignes[3]).toMatchObject({ page: 1, ligne: 3 });
  });

  it('recolle ce que la mise en page a coupé : code après un tiret, montant, mot coupé en fin de ligne', async () => {
    const d = await lire([
      [
        ligne('Le délégant autorise la DINUM à consommer des crédits de l’unité opérationnelle UO 0214-CEN2-', 100),
        ligne('LGAC pour un montant de 1', 114),
        ligne('La présente convention prend effet à sa signature et le montant alloué est fixé à la somme de 1', 150),
        ligne('500 000 € pour toute la durée de la présente convention et de ses avenants successifs, la conven-', 164),
        ligne('tion.', 178),
      ],
    ]);
    const lignes = d.texte.split('\n');
    expect(lignes[0]).toBe("Le délégant autorise la DINUM à consommer des crédits de l'unité opérationnelle UO 0214-CEN2-LGAC pour un montant de 1");
    expect(lignes[2]).toBe('La présente convention prend effet à sa signature et le montant alloué est fixé à la somme de 1 500 000 € pour toute la durée de la présente convention et de ses avenants successifs, la convention.');
  });

  it('garde le trait d’union d’un mot composé coupé en fin de ligne', async () => {
    const d = await lire([[ligne('Représentée par Jérôme Marchand-Arvier, délégué général, et les sous-traitants désignés par Marchand-', 100), ligne('Arvier.', 114)]]);
    expect(d.texte).toBe('Représentée par Jérôme Marchand-Arvier, délégué général, et les sous-traitants désignés par Marchand-Arvier.');
  });

  it('retire en-têtes courants, pieds de page et numéros de page, et recolle un paragraphe coupé par la page', async () => {
    const page = (n: number, corps: Texte[]): Texte[] => [
      { texte: 'Convention DGEFP – DINUM', x: 250, y: 40, taille: 8 },
      ...corps,
      { texte: `Page ${n} / 3`, x: 480, y: 810, taille: 8 },
    ];
    const d = await lire([
      page(1, [ligne('Article 1 : Objet', 100), ligne('La présente convention a pour objet de préciser les conditions dans lesquelles le délégant confie', 130)]),
      page(2, [ligne('au délégataire la réalisation des achats de prestations nécessaires.', 100), ligne('Article 2 : Durée', 130)]),
      page(3, [{ texte: '3', x: 290, y: 60, taille: 8 }, ligne('Elle est conclue jusqu’au 31 décembre 2025.', 100)]),
    ]);
    expect(d.texte).not.toMatch(/Convention DGEFP|Page \d/);
    expect(d.texte.split('\n').filter((l) => l !== '')).toEqual([
      'Article 1 : Objet',
      'La présente convention a pour objet de préciser les conditions dans lesquelles le délégant confie au délégataire la réalisation des achats de prestations nécessaires.',
      'Article 2 : Durée',
      // Typographic apostrophes come out straight (the shared normaliser).
      "Elle est conclue jusqu'au 31 décembre 2025.",
    ]);
    expect(d.pages).toBe(3);
    expect(d.lignes.find((l) => l.texte.startsWith('Article 2'))).toMatchObject({ page: 2, ligne: 2 });
    expect(d.constats.map((c) => c.regle)).toEqual(['document-en-tetes-retires']);
  });

  it('sur le PDF à en-têtes d’un seed, retire « Page x / y » et l’en-tête de chaque page', async () => {
    const r = await lireDocument(new Uint8Array(readFileSync(path.join(FIXTURES_DOCUMENTS, '000-entetes.pdf'))), { nom: '000-entetes.pdf' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.texte).not.toMatch(/Page \d+ \/ \d+|document 000/);
    expect(r.document.pages).toBeGreaterThan(3);
    expect(r.document.constats[0]?.message).toMatch(/^\d+ lignes d'en-tête/);
    // The échéancier, as the seed writes it, on the page where it is printed.
    const i = r.document.lignes.findIndex((l) => l.texte.startsWith('2024\t'));
    expect(r.document.lignes[i]?.texte).toBe('2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 € (un million neuf cent mille euros)');
    expect(r.document.lignes[i]?.page).toBeGreaterThan(1);
    expect(r.document.texte.split('\n')[i]).toBe(r.document.lignes[i]?.texte);
  });
});
