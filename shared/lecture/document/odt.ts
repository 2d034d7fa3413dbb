// OpenDocument .odt: the zip's content.xml walked with xml.ts. Headings (text:h) and list items
// marked as in the seeds, bold spans (automatic styles with fo:font-weight="bold", or named
// « Strong ») as `**`, tables as rows of cells (repeated and covered cells keep their columns);
// notes and annotations left out, like a page's footnotes.
import { evenementsXml } from './xml';
import { Redacteur, texteMorceaux, type Morceau } from './redaction';
import type { OptionsLecture, ResultatDocument } from './types';
import { lireDocumentZip } from './zip';

const PARTIE = 'content.xml';
/** Elements whose text is not the body's (notes, comments, tracked deletions). */
const IGNORES = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:deletion']);

export function texteOdt(xml: string): Redacteur {
  const redacteur = new Redacteur();
  const stylesGras = new Set<string>();
  let styleCourant: string | null = null;
  let morceaux: Morceau[] | null = null;
  let titre = 0;
  let listes = 0;
  let premierDeLItem = false;
  let puce = false;
  let ignore = 0;
  const gras: boolean[] = [];
  const estGras = () => gras.some(Boolean);
  for (const e of evenementsXml(xml)) {
    if (e.type === 'texte') {
      if (morceaux && ignore === 0) morceaux.push({ texte: e.texte.replace(/[ \t\r\n]+/g, ' '), gras: estGras() });
      continue;
    }
    if (e.type === 'ouvre') {
      if (IGNORES.has(e.nom)) ignore++;
      if (ignore > 0) continue;
      const style = e.attributs['text:style-name'];
      switch (e.nom) {
        case 'style:style':
          styleCourant = e.attributs['style:name'] ?? null;
          break;
        case 'style:text-properties':
          if (styleCourant && /^(bold|[6-9]00)$/.test(e.attributs['fo:font-weight'] ?? '')) stylesGras.add(styleCourant);
          break;
        case 'table:table':
          redacteur.ouvrirTableau();
          break;
        case 'table:table-row':
          redacteur.ouvrirRangee();
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          redacteur.ouvrirCellule(Number(e.attributs['table:number-columns-repeated']));
          break;
        case 'text:list':
          listes++;
          break;
        case 'text:list-item':
          premierDeLItem = true;
          break;
        case 'text:p':
        case 'text:h':
          morceaux = [];
          titre = e.nom === 'text:h' ? Math.max(1, Number(e.attributs['text:outline-level']) || 1) : 0;
          puce = listes > 0 && premierDeLItem;
          premierDeLItem = false;
          gras.length = 0;
          gras.push(Boolean(style && (stylesGras.has(style) || /strong|bold|gras/i.test(style))));
          break;
        case 'text:span':
          gras.push(Boolean(style && (stylesGras.has(style) || /strong|bold|gras/i.test(style))));
          break;
        case 'text:s':
          morceaux?.push({ texte: ' '.repeat(Math.min(100, Math.max(1, Number(e.attributs['text:c']) || 1))), gras: estGras() });
          break;
        case 'text:tab':
          morceaux?.push({ texte: '\t', gras: false });
          break;
        case 'text:line-break':
          morceaux?.push({ texte: '\n', gras: false });
          break;
      }
      continue;
    }
    if (IGNORES.has(e.nom)) {
      ignore = Math.max(0, ignore - 1);
      continue;
    }
    if (ignore > 0) continue;
    switch (e.nom) {
      case 'style:style':
        styleCourant = null;
        break;
      case 'text:span':
        gras.pop();
        break;
      case 'text:p':
      case 'text:h': {
        redacteur.texteDeParagraphe(texteMorceaux(morceaux ?? []).replace(/^ +| +$/gm, ''), titre, puce);
        morceaux = null;
        break;
      }
      case 'text:list':
        listes = Math.max(0, listes - 1);
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        redacteur.fermerCellule();
        break;
      case 'table:table-row':
        redacteur.fermerRangee();
        break;
      case 'table:table':
        redacteur.fermerTableau();
        break;
    }
  }
  return redacteur;
}

export function lireOdt(octets: Uint8Array, options: OptionsLecture): ResultatDocument {
  return lireDocumentZip(octets, options, 'odt', PARTIE, 'de contenu OpenDocument', texteOdt);
}
