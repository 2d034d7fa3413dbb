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
  /** Tables open around the walk (a nested table's text goes into the outer cell). */
  private profondeur = 0;
  private cellules: string[] | null = null;
  private cellule: string[] | null = null;
  /** Columns the open cell spans (merged or repeated cells keep the row's columns). */
  private colonnes = 1;
  /** A tracked change was met since the last line written: the next line written carries it. */
  private modifie = false;
  private readonly modifiees = new Set<number>();

  /** Pushes lines of the output, noting them as touched by a tracked change when one is pending. */
  private ecrire(lignes: readonly string[]): void {
    for (const l of lignes) {
      this.sortie.push(l);
      if (this.modifie) this.modifiees.add(this.sortie.length);
    }
    this.modifie = false;
  }

  /** A tracked change in the paragraph or row being written (an empty one passes it to the next line). */
  marquerModification(): void {
    this.modifie = true;
  }

  /** The open row was deleted (a tracked deletion): it is not written. */
  abandonnerRangee(): void {
    if (this.profondeur === 1) (this.cellules = null), (this.cellule = null);
  }

  /** 1-based lines written from text touched by tracked changes. */
  lignesModifiees(): number[] {
    if (this.modifie && this.sortie.length > 0) this.modifiees.add(this.sortie.length);
    return [...this.modifiees].sort((a, b) => a - b);
  }

  private separer(): void {
    if (this.sortie.length > 0 && this.sortie[this.sortie.length - 1] !== '') this.sortie.push('');
  }

  ouvrirTableau(): void {
    this.profondeur++;
  }

  ouvrirRangee(): void {
    if (this.profondeur === 1) this.cellules = [];
  }

  ouvrirCellule(colonnes = 1): void {
    if (this.profondeur !== 1) return;
    this.cellule = [];
    this.etendreCellule(colonnes);
  }

  etendreCellule(colonnes: number): void {
    if (this.profondeur === 1) this.colonnes = Math.min(50, Math.max(1, colonnes || 1));
  }

  /** A paragraph of the body, or of the open cell when inside a table. */
  texteDeParagraphe(texte: string, titre = 0, puce = false): void {
    if (this.profondeur === 0) this.paragraphe(texte, titre, puce);
    else this.cellule?.push(texte);
  }

  fermerCellule(): void {
    if (this.profondeur !== 1 || !this.cellules || !this.cellule) return;
    this.cellules.push(this.cellule.join(' '));
    for (let i = 1; i < this.colonnes; i++) this.cellules.push('');
    this.cellule = null;
  }

  fermerRangee(): void {
    // A row without any text (its text hidden, or empty cells) shows nothing: it is not a line.
    if (this.profondeur === 1 && this.cellules?.every((c) => c.trim() === '')) this.cellules = null;
    if (this.profondeur === 1 && this.cellules) {
      // Trailing empty cells repeated to a sheet's width say nothing (one is kept, as the seeds do).
      while (this.cellules.length > 1 && this.cellules[this.cellules.length - 1] === '' && this.cellules[this.cellules.length - 2] === '') this.cellules.pop();
      this.rangee(this.cellules);
    }
    this.cellules = null;
  }

  fermerTableau(): void {
    this.profondeur = Math.max(0, this.profondeur - 1);
    if (this.profondeur === 0) this.finTableau();
  }

  /** A paragraph; `titre` > 0 for a heading of that level, `puce` for a list item. */
  paragraphe(texte: string, titre = 0, puce = false): void {
    this.finTableau();
    const propre = texte.replace(/[ \u00a0]+$/gm, '');
    if (propre.trim() === '') return;
    this.separer();
    const prefixe = titre > 0 ? `${'#'.repeat(Math.min(titre, 6))} ` : puce ? '- ' : '';
    this.ecrire(`${prefixe}${propre}`.split('\n'));
  }

  /** One table row; cells lose their own line breaks and tabs (a tab separates cells). */
  rangee(cellules: readonly string[]): void {
    if (!this.dansTableau) this.separer();
    this.dansTableau = true;
    this.ecrire([cellules.map((c) => c.replace(/[\t\n]+/g, ' ').replace(/\s+/g, ' ').trim()).join('\t')]);
  }

  finTableau(): void {
    this.dansTableau = false;
  }

  lignes(): LigneDocument[] {
    return this.sortie.map((texte, i) => ({ texte, page: 1, ligne: i + 1 }));
  }
}
