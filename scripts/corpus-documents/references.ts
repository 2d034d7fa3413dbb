// Reference documents for pandoc (`--reference-doc`): pandoc's own defaults, changed the way an
// office would set its template — A4 page, a running header naming the convention, « Page x sur y »
// in the footer — and, for the bordered variant, a sans-serif font and ruled tables. pandoc takes
// the page, header, footer and styles from them; the text comes from the markdown.
import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** A fixed date for the zip entries and the tools that read SOURCE_DATE_EPOCH: the same inputs give the same bytes. */
export const DATE_ZIP = new Date('2025-01-01T12:00:00Z');

const echapperXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function defautPandoc(nom: 'reference.docx' | 'reference.odt'): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(execFileSync('pandoc', ['--print-default-data-file', nom])));
}

function remplacer(texte: string, avant: string | RegExp, apres: string, quoi: string): string {
  const nouveau = texte.replace(avant, apres);
  if (nouveau === texte) throw new Error(`Modèle pandoc inattendu : « ${quoi} » introuvable (version de pandoc ?).`);
  return nouveau;
}

/** Zips parts with fixed dates; an OpenDocument package's `mimetype` goes first, stored. */
export function zipper(parties: Record<string, Uint8Array>): Uint8Array {
  const entrees: Zippable = {};
  if (parties.mimetype) entrees.mimetype = [parties.mimetype, { level: 0, mtime: DATE_ZIP }];
  for (const [nom, octets] of Object.entries(parties)) if (nom !== 'mimetype') entrees[nom] = [octets, { level: 6, mtime: DATE_ZIP }];
  return zipSync(entrees);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function paragrapheWord(contenu: string, alignement: 'left' | 'center' | 'right', taille = 16): string {
  return `<w:p><w:pPr><w:jc w:val="${alignement}"/><w:spacing w:after="0"/></w:pPr>${contenu.replace(/<w:r>/g, `<w:r><w:rPr><w:sz w:val="${taille}"/></w:rPr>`)}</w:p>`;
}

const texteWord = (s: string): string => `<w:r><w:t xml:space="preserve">${echapperXml(s)}</w:t></w:r>`;
const champWord = (instruction: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

export interface OptionsReferenceDocx {
  /** The running header's text (e.g. « CGDD – Convention de délégation de gestion »). */
  entete: string;
  /** Ruled tables (every cell bordered) and a sans-serif font; otherwise pandoc's borderless tables. */
  cadre: boolean;
}

/** pandoc's reference.docx on A4 with a header, « Page x sur y » footer and, if asked, ruled tables. */
export function referenceDocx({ entete, cadre }: OptionsReferenceDocx): Uint8Array {
  const parties = defautPandoc('reference.docx');
  const lire = (nom: string) => strFromU8(parties[nom]!);
  const ecrire = (nom: string, texte: string) => (parties[nom] = strToU8(texte));

  ecrire('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${paragrapheWord(texteWord(entete), 'right')}</w:hdr>`);
  ecrire(
    'word/footer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}">${paragrapheWord(
      `${texteWord('Page ')}${champWord('PAGE')}${texteWord(' sur ')}${champWord('NUMPAGES')}`,
      'center',
    )}</w:ftr>`,
  );
  const rel = (id: string, type: string, cible: string) =>
    `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Id="${id}" Target="${cible}" />`;
  ecrire(
    'word/_rels/document.xml.rels',
    remplacer(lire('word/_rels/document.xml.rels'), '</Relationships>', `${rel('rIdJaugeEntete', 'header', 'header1.xml')}${rel('rIdJaugePied', 'footer', 'footer1.xml')}</Relationships>`, 'Relationships'),
  );
  const type = (partie: string, quoi: string) => `<Override PartName="/word/${partie}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${quoi}+xml" />`;
  ecrire('[Content_Types].xml', remplacer(lire('[Content_Types].xml'), '</Types>', `${type('header1.xml', 'header')}${type('footer1.xml', 'footer')}</Types>`, 'Types'));
  // A4, 2.5 cm margins (2 cm on the bordered variant, as another office would set them).
  const marge = cadre ? 1134 : 1418;
  ecrire(
    'word/document.xml',
    remplacer(
      lire('word/document.xml'),
      /<w:sectPr\s*\/>/,
      `<w:sectPr><w:headerReference w:type="default" r:id="rIdJaugeEntete"/><w:footerReference w:type="default" r:id="rIdJaugePied"/>` +
        `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${marge}" w:right="${marge}" w:bottom="${marge}" w:left="${marge}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
      'w:sectPr',
    ),
  );
  let styles = lire('word/styles.xml');
  // French text, and a smaller body size than pandoc's 12 pt, as offices write.
  styles = remplacer(styles, /<w:lang w:val="en-US"[^>]*\/>/, '<w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA" />', 'w:lang');
  styles = remplacer(styles, /(<w:rPrDefault>\s*<w:rPr>[\s\S]*?)<w:sz w:val="24" \/>\s*<w:szCs w:val="24" \/>/, '$1<w:sz w:val="21" /><w:szCs w:val="21" />', 'w:sz');
  if (cadre) {
    styles = remplacer(
      styles,
      /<w:rFonts w:asciiTheme="minorHAnsi"[^>]*\/>/,
      '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Liberation Sans" w:cs="Liberation Sans" />',
      'w:rFonts',
    );
    const bord = (cote: string) => `<w:${cote} w:val="single" w:sz="6" w:space="0" w:color="000000" />`;
    styles = remplacer(
      styles,
      /(<w:style w:type="table" w:default="1" w:styleId="Table">[\s\S]*?<w:tblPr>\s*<w:tblInd w:w="0" w:type="dxa" \/>)/,
      `$1<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(bord).join('')}</w:tblBorders>`,
      'style Table',
    );
  }
  ecrire('word/styles.xml', styles);
  return zipper(parties);
}

/** pandoc's reference.odt on A4 with a running header and a « Page x sur y » footer. */
export function referenceOdt(entete: string): Uint8Array {
  const parties = defautPandoc('reference.odt');
  let styles = strFromU8(parties['styles.xml']!);
  styles = remplacer(styles, /fo:page-width="8.5in"\s+fo:page-height="11in"/, 'fo:page-width="21cm" fo:page-height="29.7cm"', 'page-width');
  styles = remplacer(styles, /fo:margin-top="1in"\s+fo:margin-bottom="1in"\s+fo:margin-left="1in"\s+fo:margin-right="1in"/, 'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"', 'margins');
  styles = remplacer(
    styles,
    '<style:header-style />',
    '<style:header-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-bottom="0.4cm" style:dynamic-spacing="false" /></style:header-style>',
    'header-style',
  );
  styles = remplacer(
    styles,
    /<style:footer>[\s\S]*?<\/style:footer>/,
    `<style:header><text:p text:style-name="MP1">${echapperXml(entete)}</text:p></style:header>` +
      '<style:footer><text:p text:style-name="MP1">Page <text:page-number text:select-page="current">1</text:page-number> sur <text:page-count>1</text:page-count></text:p></style:footer>',
    'style:footer',
  );
  parties['styles.xml'] = strToU8(styles);
  // The thumbnail is pandoc's template's picture, not this document's.
  delete parties['Thumbnails/thumbnail.png'];
  const manifeste = strFromU8(parties['META-INF/manifest.xml']!).replace(/<manifest:file-entry[^>]*Thumbnails\/thumbnail\.png[^>]*\/>/, '');
  parties['META-INF/manifest.xml'] = strToU8(manifeste);
  return zipper(parties);
}
