// A font whose ToUnicode map lies: the page draws the glyph « seven » and the text layer says « 1 ».
// Where the font names its glyphs (a simple font's /Differences, or the standard encoding of a
// non-symbolic simple font), the name is what the page shows; a glyph whose map disagrees with its
// name is read by its name when the name is a digit or a letter, and the page gets a finding either
// way. Composite and symbolic fonts name no glyph here: nothing is checked there.
import type { GlypheDessine } from './parcours';

/** What the check needs of a font PDF.js loaded with `fontExtraProperties`. */
export interface PoliceNommee {
  name?: string;
  composite?: boolean;
  isSymbolicFont?: boolean;
  differences?: (string | undefined)[];
  defaultEncoding?: (string | undefined)[];
}

export interface PoliceMenteuse {
  police: string;
  /** Glyphs whose text layer disagreed with their name. */
  glyphes: number;
  /** Pairs « name's character ← map's text », a few. */
  exemples: { dessine: string; lu: string }[];
  /** The characters were read from the glyph names. */
  corrige: boolean;
}

const CHIFFRES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NOMS: Record<string, string> = {
  space: ' ', period: '.', comma: ',', hyphen: '-', Euro: '€', parenleft: '(', parenright: ')', percent: '%', slash: '/', colon: ':', semicolon: ';',
  eacute: 'é', egrave: 'è', ecircumflex: 'ê', edieresis: 'ë', agrave: 'à', acircumflex: 'â', ccedilla: 'ç', icircumflex: 'î', idieresis: 'ï',
  ocircumflex: 'ô', ugrave: 'ù', ucircumflex: 'û', udieresis: 'ü', Eacute: 'É', Egrave: 'È', Ecircumflex: 'Ê', Agrave: 'À', Ccedilla: 'Ç',
};

/** The character a standard glyph name stands for (`seven`, `a`, `uni0037`, `seven.oldstyle`), or null when the name says nothing. */
export function caractereDuNom(nom: string): string | null {
  const base = nom.split('.')[0]!;
  const chiffre = CHIFFRES.indexOf(base);
  if (chiffre >= 0) return String(chiffre);
  if (/^[A-Za-z]$/.test(base)) return base;
  const uni = /^uni([0-9A-F]{4})$/.exec(base) ?? /^u([0-9A-F]{4,6})$/.exec(base);
  if (uni) return String.fromCodePoint(parseInt(uni[1]!, 16));
  return NOMS[base] ?? null;
}

function nomDuGlyphe(police: PoliceNommee, code: number): string | undefined {
  if (code < 0 || police.composite) return undefined;
  return police.differences?.[code] ?? (police.isSymbolicFont ? undefined : police.defaultEncoding?.[code]);
}

const lisible = (c: string) => /^[\p{L}\p{N}]$/u.test(c);

/** The glyphs with each lying map undone where the name is a digit or a letter, and the fonts that lied. */
export function corrigerPolices(glyphes: readonly GlypheDessine[], police: (nom: string) => PoliceNommee | undefined): { glyphes: GlypheDessine[]; menteuses: PoliceMenteuse[] } {
  const menteuses = new Map<string, PoliceMenteuse>();
  const sortie = glyphes.map((g) => {
    const p = police(g.police);
    const nom = p ? nomDuGlyphe(p, g.code) : undefined;
    const dessine = nom ? caractereDuNom(nom) : null;
    if (dessine === null || g.texte.normalize('NFC') === dessine) return g;
    // A ligature or an accent split in two is the same text; a different single character is not.
    if ([...g.texte].length !== 1 && !lisible(dessine)) return g;
    const m = menteuses.get(g.police) ?? { police: p?.name ?? g.police, glyphes: 0, exemples: [], corrige: false };
    menteuses.set(g.police, m);
    m.glyphes++;
    if (m.exemples.length < 3 && !m.exemples.some((e) => e.dessine === dessine && e.lu === g.texte)) m.exemples.push({ dessine, lu: g.texte });
    if (!lisible(dessine)) return g;
    m.corrige = true;
    return { ...g, texte: dessine };
  });
  return { glyphes: sortie, menteuses: [...menteuses.values()] };
}
