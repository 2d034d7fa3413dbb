// Word-like .docx and OpenDocument .odt written by hand for the campaign, around one small convention
// whose visible reading is known (two échéancier rows 2024 and 2025, end date 31 décembre 2025). Each
// case slips its hidden, deleted or hostile XML in at a named place; what a person sees stays the base.
import { zipSync } from 'fflate';
import { zipBrut, type EntreeBrute } from './zip-brut';

export const CONVENTION = {
  avant: [
    'Convention de délégation de gestion',
    'Entre',
    "La Délégation générale à l'emploi et à la formation professionnelle (DGEFP), délégant, d'une part ;",
    'Et',
    "La Direction interministérielle du numérique (DINUM), délégataire, d'autre part ;",
    'Article 1 : Objet',
    'La présente convention a pour objet de confier à la DINUM la gestion des crédits.',
    'Article 2 : Échéancier',
    "Le délégant met ces crédits à disposition selon l'échéancier prévisionnel suivant.",
  ],
  echeancier: [
    ['Année', 'AE', 'CP'],
    ['2024', '100 000 €', '80 000 €'],
    ['2025', '50 000 €', '70 000 €'],
  ],
  dureeTitre: 'Article 3 : Durée',
  dureeDebut: "La présente convention prend effet à sa signature et s'achève le ",
  fin: '31 décembre 2025',
  signature: 'Fait à Paris, le 15 février 2024',
};

/** What `jauge parse` prints for the base convention, and what it must never print (the hidden 2026 row, 900 000 €, 2030). */
export const LECTURE_VISIBLE = [/2024 +AE +100\s000\s€ +CP +80\s000\s€/, /2025 +AE +50\s000\s€ +CP +70\s000\s€/, /Fin +: 31 décembre 2025/];
export const JAMAIS_LU = [/900\s000/, /2026/, /2030/];
/** The hidden row and end date the visibility cases slip in. */
export const CACHE = { rangee: ['2026', '900 000 €', '900 000 €'], fin: '31 décembre 2030 ' };

const echapper = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ——— .docx ———

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

export const run = (texte: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${echapper(texte)}</w:t></w:r>`;
export const paragraphe = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
export const cellule = (runs: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paragraphe(runs)}</w:tc>`;
export const rangee = (cellules: readonly string[], trPr = '') => `<w:tr w:rsidR="00A1B2C3">${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cellules.join('')}</w:tr>`;
/** A row of plain texts, each run with `rPr`. */
export const rangeeTextes = (textes: readonly string[], rPr = '', trPr = '') => rangee(textes.map((t) => cellule(run(t, rPr))), trPr);

export interface OptionsDocx {
  /** Rows after 2025's. */
  rangees?: string;
  /** The runs of the duration paragraph (default: the base sentence), and its `w:pPr` content. */
  duree?: string;
  dureePPr?: string;
  /** Body XML after the duration paragraph. */
  apres?: string;
  /** Table properties (`w:tblPr` content). */
  tblPr?: string;
  /** `w:style` elements and `w:docDefaults` run properties for styles.xml. */
  styles?: string;
  defautsRun?: string;
  /** `w:background` and what comes before the body. */
  avantCorps?: string;
  /** Replaces the whole body (hostile structure). */
  corps?: string;
  /** document.xml as raw bytes (encodings). */
  documentOctets?: Uint8Array;
}

export function documentXml(o: OptionsDocx = {}): string {
  const c = CONVENTION;
  const corps =
    o.corps ??
    [
      ...c.avant.map((t) => paragraphe(run(t))),
      `<w:tbl><w:tblPr>${o.tblPr ?? ''}</w:tblPr>${c.echeancier.map((r) => rangeeTextes(r)).join('')}${o.rangees ?? ''}</w:tbl>`,
      paragraphe(run(c.dureeTitre)),
      paragraphe(o.duree ?? run(`${c.dureeDebut}${c.fin}.`), o.dureePPr),
      o.apres ?? '',
      paragraphe(run(c.signature)),
    ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}>${o.avantCorps ?? ''}<w:body>${corps}<w:sectPr/></w:body></w:document>`;
}

export function stylesXml(o: OptionsDocx = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${o.defautsRun ?? ''}</w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${o.styles ?? ''}</w:styles>`
  );
}

const TYPES_DOCX =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** The parts of a .docx, as fflate's zipSync takes them. */
export function partiesDocx(o: OptionsDocx = {}): Record<string, Uint8Array> {
  const t = (s: string) => new TextEncoder().encode(s);
  return {
    '[Content_Types].xml': t(TYPES_DOCX),
    '_rels/.rels': t('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': o.documentOctets ?? t(documentXml(o)),
    'word/styles.xml': t(stylesXml(o)),
  };
}

export const docx = (o: OptionsDocx = {}): Uint8Array => zipSync(partiesDocx(o));

/** A .docx whose zip is written by hand (flags, methods, zip64): `modifier` changes the entries first. */
export function docxBrut(o: OptionsDocx, modifier: (e: EntreeBrute[]) => EntreeBrute[], zip64 = false): Uint8Array {
  const entrees = Object.entries(partiesDocx(o)).map(([nom, donnees]): EntreeBrute => ({ nom, donnees }));
  return zipBrut(modifier(entrees), { zip64 });
}

// ——— .odt ———

const NS_ODF =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"';

export const p = (contenu: string, style?: string) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${contenu}</text:p>`;
export const span = (texte: string, style: string) => `<text:span text:style-name="${style}">${echapper(texte)}</text:span>`;
export const ligneOdt = (cellules: readonly string[]) => `<table:table-row>${cellules.map((c) => `<table:table-cell>${p(c)}</table:table-cell>`).join('')}</table:table-row>`;

export interface OptionsOdt {
  rangees?: string;
  duree?: string;
  apres?: string;
  /** `style:style` elements of content.xml's automatic styles. */
  stylesAuto?: string;
  /** `style:style` elements of styles.xml's common styles. */
  stylesCommuns?: string;
  /** `text:tracked-changes` XML at the top of the text. */
  suivi?: string;
  corps?: string;
}

export function contenuOdt(o: OptionsOdt = {}): string {
  const c = CONVENTION;
  const texte =
    o.corps ??
    [
      o.suivi ?? '',
      ...c.avant.map((t) => p(echapper(t))),
      `<table:table table:name="Echeancier"><table:table-column table:number-columns-repeated="3"/>${c.echeancier.map((r) => ligneOdt(r.map(echapper))).join('')}${o.rangees ?? ''}</table:table>`,
      p(echapper(c.dureeTitre)),
      p(o.duree ?? echapper(`${c.dureeDebut}${c.fin}.`)),
      o.apres ?? '',
      p(echapper(c.signature)),
    ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS_ODF}><office:automatic-styles>${o.stylesAuto ?? ''}</office:automatic-styles><office:body><office:text>${texte}</office:text></office:body></office:document-content>`;
}

export function odt(o: OptionsOdt = {}, remplacer: Partial<Record<string, Uint8Array>> = {}): Uint8Array {
  const t = (s: string) => new TextEncoder().encode(s);
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NS_ODF}><office:styles>${o.stylesCommuns ?? ''}</office:styles></office:document-styles>`;
  const parties: Record<string, Uint8Array> = {
    'content.xml': t(contenuOdt(o)),
    'styles.xml': t(styles),
    'META-INF/manifest.xml': t('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
  };
  for (const [nom, octets] of Object.entries(remplacer)) if (octets) parties[nom] = octets;
  // ODF wants `mimetype` first and stored, so that its value can be read at a fixed offset.
  return zipSync({ mimetype: [t('application/vnd.oasis.opendocument.text'), { level: 0 }], ...parties });
}
