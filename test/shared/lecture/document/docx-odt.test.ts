// .docx and .odt as the seeds lay text out: paragraphs, headings `##`, bold `**`, tables of
// tab-joined cells (merged and repeated cells keep their columns), line breaks, notes left out.
import { describe, expect, it } from 'vitest';
import { texteDocx } from '../../../../shared/lecture/document/docx';
import { texteOdt } from '../../../../shared/lecture/document/odt';
import { evenementsXml } from '../../../../shared/lecture/document/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const texte = (r: { lignes: { texte: string }[] }) => r.lignes.map((l) => l.texte);

describe('.docx', () => {
  it('titres, gras, sauts de ligne, tabulations de paragraphe et tableaux', () => {
    const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading2"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Article 4 : Exécution</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Fait à Paris, le </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>28 MARS </w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>2024</w:t></w:r><w:r><w:br/><w:t>La DINUM</w:t></w:r></w:p>
      <w:p><w:r><w:t>Centre financier :</w:t></w:r><w:r><w:tab/><w:t>0214-CEN2-LGAC</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>AE</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CP</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:p><w:r><w:t>2024</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2 500 000 €</w:t></w:r></w:p><w:p><w:r><w:t>(deux millions cinq cent mille euros)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1 900 000 €</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Total</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1 900 000 €</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:delText>supprimé</w:delText><w:instrText>PAGE</w:instrText><w:t>Suite.</w:t></w:r></w:p>
    </w:body></w:document>`;
    expect(texte(texteDocx(xml))).toEqual([
      '## **Article 4 : Exécution**',
      '',
      'Fait à Paris, le **28 MARS 2024**',
      'La DINUM',
      '',
      'Centre financier :\t0214-CEN2-LGAC',
      '',
      '\tAE\tCP',
      '2024\t2 500 000 € (deux millions cinq cent mille euros)\t1 900 000 €',
      'Total\t\t1 900 000 €',
      '',
      'Suite.',
    ]);
  });
});

describe('.odt', () => {
  it('titres, styles gras, espaces répétés, listes, cellules répétées, notes ignorées', () => {
    const xml = `<office:document-content><office:automatic-styles>
      <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
      </office:automatic-styles><office:body><office:text>
      <text:h text:outline-level="2">Article 6 : Durée</text:h>
      <text:p>Elle est conclue jusqu'au <text:span text:style-name="T1">31 décembre 2025</text:span>.<text:note><text:note-body><text:p>Note de bas de page.</text:p></text:note-body></text:note></text:p>
      <text:list><text:list-item><text:p>publier les codes sources ;</text:p></text:list-item></text:list>
      <text:p>Axe<text:s text:c="2"/>ministériel<text:tab/>36</text:p>
      <table:table><table:table-row><table:table-cell><text:p>Année</text:p></table:table-cell><table:table-cell><text:p>AE</text:p></table:table-cell><table:table-cell><text:p>CP</text:p></table:table-cell></table:table-row>
      <table:table-row><table:table-cell><text:p>2025</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1"/><table:table-cell><text:p>600 000 €</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>
      </office:text></office:body></office:document-content>`;
    expect(texte(texteOdt(xml))).toEqual([
      '## Article 6 : Durée',
      '',
      "Elle est conclue jusqu'au **31 décembre 2025**.",
      '',
      '- publier les codes sources ;',
      '',
      'Axe  ministériel\t36',
      '',
      'Année\tAE\tCP',
      '2025\t\t600 000 €\t',
    ]);
  });
});

describe('parcours XML', () => {
  it('entités, attributs, balises vides, commentaires et CDATA', () => {
    const evenements = [...evenementsXml(`<a x="1 &amp; 2"><!-- non --><b/>l&#39;État &#x20AC;<![CDATA[<brut>]]></a>`)];
    expect(evenements).toEqual([
      { type: 'ouvre', nom: 'a', attributs: { x: '1 & 2' }, vide: false },
      { type: 'ouvre', nom: 'b', attributs: {}, vide: true },
      { type: 'ferme', nom: 'b' },
      { type: 'texte', texte: "l'État €" },
      { type: 'texte', texte: '<brut>' },
      { type: 'ferme', nom: 'a' },
    ]);
  });
});
