// Writes the lines of a .docx or an .odt as the seeds lay them out: one line per paragraph (a line
// break inside it opens a new line), a blank line between blocks, a table as consecutive rows of
// tab-joined cells, headings as `## `, bold as `**` (the convention reader strips both).
import type { LigneDocument } from './types';

export interface Morceau {
  texte: string;
  gras: boolean;
}

/** A paragraph's runs as text: consecutive bold runs share one pair of `**`. */
export function texteMorceaux(morceaux: readonly Morceau[]): string {
  let sortie = '';
  let gras = '';
  const fermer = () => {
    if (gras.trim() !== '') {
      // Spaces stay outside the stars, as markdown wants them.
      const [, avant, milieu, apres] = /^(\s*)([\s\S]*?)(\s*)$/.exec(gras)!;
      sortie += `${avant}**${milieu}**${apres}`;
    } else sortie += gras;
    gras = '';
  };
  for (const m of morceaux) {
    if (m.gras && !/^[\t\n]+$/.test(m.texte)) gras += m.texte;
    else {
      fermer();
      sortie += m.texte;
    }
  }
  fermer();
  return sortie;
}

export class Redacteur {
  private readonly sortie: string[] = [];
  private dansTableau = false;

  private separer(): void {
    if (this.sortie.length > 0 && this.sortie[this.sortie.length - 1] !== '') this.sortie.push('');
  }

  /** A paragraph; `titre` > 0 for a heading of that level, `puce` for a list item. */
  paragraphe(texte: string, titre = 0, puce = false): void {
    this.finTableau();
    const propre = texte.replace(/[ \u00a0]+$/gm, '');
    if (propre.trim() === '') return;
    this.separer();
    const prefixe = titre > 0 ? `${'#'.repeat(Math.min(titre, 6))} ` : puce ? '- ' : '';
    this.sortie.push(...`${prefixe}${propre}`.split('\n'));
  }

  /** One table row; cells lose their own line breaks and tabs (a tab separates cells). */
  rangee(cellules: readonly string[]): void {
    if (!this.dansTableau) this.separer();
    this.dansTableau = true;
    this.sortie.push(cellules.map((c) => c.replace(/[\t\n]+/g, ' ').replace(/\s+/g, ' ').trim()).join('\t'));
  }

  finTableau(): void {
    this.dansTableau = false;
  }

  lignes(): LigneDocument[] {
    return this.sortie.map((texte, i) => ({ texte, page: 1, ligne: i + 1 }));
  }
}
