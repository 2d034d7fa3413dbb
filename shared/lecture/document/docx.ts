// Word .docx: the zip's word/document.xml walked with xml.ts. Paragraphs, line breaks and tabs as
// written; tables as rows of cells (a merged cell keeps its columns); headings (Heading n / Titre n
// styles) and bold runs marked as in the seeds; deleted text and field codes left out.
import { evenementsXml } from './xml';
import { Redacteur, texteMorceaux, type Morceau } from './redaction';
import type { OptionsLecture, ResultatDocument } from './types';
import { lireDocumentZip } from './zip';

const PARTIE = 'word/document.xml';
const vrai = (attributs: Record<string, string>) => !['0', 'false', 'off'].includes(attributs['w:val'] ?? 'true');

export function texteDocx(xml: string): Redacteur {
  const redacteur = new Redacteur();
  let morceaux: Morceau[] = [];
  let titre = 0;
  let puce = false;
  let dansRun = false;
  let dansRPr = false;
  let gras = false;
  let dansTexte = false;
  for (const e of evenementsXml(xml)) {
    if (e.type === 'texte') {
      if (dansTexte) morceaux.push({ texte: e.texte, gras });
      continue;
    }
    if (e.type === 'ouvre') {
      switch (e.nom) {
        case 'w:tbl':
          redacteur.ouvrirTableau();
          break;
        case 'w:tr':
          redacteur.ouvrirRangee();
          break;
        case 'w:tc':
          redacteur.ouvrirCellule();
          break;
        case 'w:gridSpan':
          redacteur.etendreCellule(Number(e.attributs['w:val']));
          break;
        case 'w:p':
          (morceaux = []), (titre = 0), (puce = false);
          break;
        case 'w:pStyle': {
          const style = e.attributs['w:val'] ?? '';
          const niveau = /^(?:heading|titre)\s*(\d)$/i.exec(style);
          if (niveau) titre = Number(niveau[1]);
          else if (/^(title|titre)$/i.test(style)) titre = 1;
          break;
        }
        case 'w:numPr':
          puce = true;
          break;
        case 'w:r':
          (dansRun = true), (gras = false);
          break;
        case 'w:rPr':
          dansRPr = dansRun;
          break;
        case 'w:b':
          if (dansRPr) gras = vrai(e.attributs);
          break;
        case 'w:t':
          dansTexte = dansRun;
          break;
        case 'w:tab':
          if (dansRun) morceaux.push({ texte: '\t', gras: false });
          break;
        case 'w:br':
        case 'w:cr':
          if (dansRun && e.attributs['w:type'] !== 'page' && e.attributs['w:type'] !== 'column') morceaux.push({ texte: '\n', gras: false });
          break;
        case 'w:noBreakHyphen':
          if (dansRun) morceaux.push({ texte: '-', gras });
          break;
      }
      continue;
    }
    switch (e.nom) {
      case 'w:t':
        dansTexte = false;
        break;
      case 'w:rPr':
        dansRPr = false;
        break;
      case 'w:r':
        dansRun = false;
        break;
      case 'w:p': {
        redacteur.texteDeParagraphe(texteMorceaux(morceaux), titre, puce);
        morceaux = [];
        break;
      }
      case 'w:tc':
        redacteur.fermerCellule();
        break;
      case 'w:tr':
        redacteur.fermerRangee();
        break;
      case 'w:tbl':
        redacteur.fermerTableau();
        break;
    }
  }
  return redacteur;
}

export function lireDocx(octets: Uint8Array, options: OptionsLecture): ResultatDocument {
  return lireDocumentZip(octets, options, 'docx', PARTIE, 'de corps de document Word', texteDocx);
}
