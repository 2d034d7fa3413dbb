// Word .docx: the zip's word/document.xml walked with xml.ts, word/styles.xml for what styles hide.
// Paragraphs, line breaks and tabs as written; tables as rows of cells (a merged cell keeps its
// columns); headings (Heading n / Titre n styles) and bold runs marked as in the seeds; field codes
// left out. Only what Word shows is read: hidden text (`w:vanish`, `w:specVanish`, `w:webHidden`,
// directly or through styles), text coloured as what lies under it, tracked deletions (`w:del`,
// `w:moveFrom`, deleted rows and paragraph marks) are left out; insertions (`w:ins`, `w:moveTo`) are
// read: the accepted version, with findings that say so.
import { Redacteur, texteMorceaux, type Morceau } from './redaction';
import {
  active,
  ANCIENNES_PROPRIETES,
  fondDuStyle,
  fondOmbrage,
  lecteurStyles,
  lirePropriete,
  proprietesDuStyle,
  styleRemplit,
  stylesVides,
  type ProprietesRun,
  type StylesDocx,
} from './styles-docx';
import type { OptionsLecture, ResultatDocument } from './types';
import { BLANC, invisibleSur, lireCouleur, SURLIGNAGES, type Masques, type Rvb } from './visibilite';
import { evenementsXml, parcourirXml, type Evenement } from './xml';
import { lectureXml, lireDocumentZip, type LectureXml } from './zip';

const PARTIE = 'word/document.xml';
const STYLES = 'word/styles.xml';

type EtatRun = 'visible' | 'cache' | 'couleur';

interface Run {
  proprietes: ProprietesRun;
  style?: string;
  surlignage?: string;
  gras: boolean;
  dansTexte: boolean;
  /** Computed at its first text, once its properties are known. */
  etat?: EtatRun;
  /** Already counted as a hidden passage. */
  compte: boolean;
}

interface Paragraphe {
  morceaux: Morceau[];
  titre: number;
  puce: boolean;
  style?: string;
  fond?: string;
  /** The paragraph mark is deleted or hidden: Word shows the paragraph run into the next one. */
  joint: boolean;
  modifie: boolean;
  run: Run | null;
}

interface Tableau {
  fond?: string;
  fondCellule?: string;
  /** Its style fills cells: the background of its text is unknown, colours are not judged. */
  styleRemplit: boolean;
}

type Conteneur = 'paragraphe' | 'marque' | 'run' | 'cellule' | 'tableau' | 'rangee' | 'autre';
const CONTENEURS: Record<string, Conteneur> = { 'w:pPr': 'paragraphe', 'w:tcPr': 'cellule', 'w:tblPr': 'tableau', 'w:trPr': 'rangee' };

/** Whether a fill paints something (`none`: let what is under show). */
const peint = (fond: string | undefined): fond is string => fond !== undefined && fond !== 'none';

class LecteurDocx {
  readonly redacteur = new Redacteur();
  readonly masques: Masques = { caches: 0, couleur: 0 };
  modifications = 0;
  private readonly cacheStyles = new Map<string, ProprietesRun>();
  private paragraphe: Paragraphe | null = null;
  private readonly paragraphes: Paragraphe[] = [];
  private readonly tableaux: Tableau[] = [];
  private readonly conteneurs: Conteneur[] = [];
  /** Inside `w:del`, `w:moveFrom`, `mc:Fallback`: nothing there is shown. */
  private supprime = 0;
  /** Inside `w:rPrChange`…: properties there are the old ones. */
  private ancien = 0;
  private page: Rvb = BLANC;
  /** A paragraph whose mark is deleted or hidden waits for the next one to join it. */
  private attente: { paragraphe: Paragraphe; niveau: string } | null = null;

  constructor(private readonly styles: StylesDocx) {}

  /** Open paragraphs (a text box's paragraph sits in another) and tables: a joined paragraph waits at its own level. */
  private niveau(): string {
    return `${this.paragraphes.length + (this.paragraphe ? 1 : 0)}:${this.tableaux.length}`;
  }

  private ecrire(p: Paragraphe): void {
    if (p.modifie) this.redacteur.marquerModification();
    this.redacteur.texteDeParagraphe(texteMorceaux(p.morceaux), p.titre, p.puce);
  }

  /** Writes a paragraph left waiting for a next one that did not come at its level. */
  private vider(): void {
    if (this.attente) this.ecrire(this.attente.paragraphe);
    this.attente = null;
  }

  private modification(): void {
    this.modifications++;
    if (this.paragraphe) this.paragraphe.modifie = true;
    else this.redacteur.marquerModification();
  }

  /** What lies under a run: its highlight or shading, its paragraph's, its cells' and tables', the page; null when unknown. */
  private fond(p: Paragraphe, run: Run, ombrage: string | undefined): Rvb | null {
    if (run.surlignage && run.surlignage !== 'none') return SURLIGNAGES[run.surlignage] ?? null;
    const couches = [ombrage, p.fond ?? fondDuStyle(this.styles, p.style ?? this.styles.paragrapheParDefaut)];
    for (let i = this.tableaux.length - 1; i >= 0; i--) {
      const t = this.tableaux[i]!;
      couches.push(t.fondCellule, t.fond);
      // Under a styled table's cells, what shows is not known here: colours are not judged.
      if (t.styleRemplit && !couches.some(peint)) return null;
    }
    const fond = couches.find(peint);
    return fond ? lireCouleur(fond) : this.page;
  }

  /** Whether Word shows the run: `visible`, hidden (`cache`) or coloured as its background (`couleur`). */
  private etat(p: Paragraphe, run: Run): EtatRun {
    if (run.etat) return run.etat;
    const style = p.style ?? this.styles.paragrapheParDefaut;
    const niveaux = [run.proprietes, proprietesDuStyle(this.styles, run.style, this.cacheStyles), proprietesDuStyle(this.styles, style, this.cacheStyles), this.styles.defauts];
    const valeur = <K extends keyof ProprietesRun>(cle: K) => niveaux.find((n) => n[cle] !== undefined)?.[cle];
    if (valeur('vanish') || valeur('specVanish') || valeur('webHidden')) run.etat = 'cache';
    else run.etat = invisibleSur(lireCouleur(valeur('couleur')), this.fond(p, run, valeur('fond'))) ? 'couleur' : 'visible';
    return run.etat;
  }

  /** A piece of a run's content: kept when shown, counted once per run when hidden. */
  private contenu(texte: string, gras: boolean): void {
    const p = this.paragraphe;
    const run = p?.run;
    if (!p || !run || this.supprime > 0) return;
    const etat = this.etat(p, run);
    if (etat === 'visible') p.morceaux.push({ texte, gras });
    else if (!run.compte && texte.trim() !== '') {
      run.compte = true;
      this.masques[etat === 'cache' ? 'caches' : 'couleur']++;
    }
  }

  private propriete(nom: string, a: Record<string, string>): void {
    const conteneur = this.conteneurs[this.conteneurs.length - 1];
    const p = this.paragraphe;
    const tableau = this.tableaux[this.tableaux.length - 1];
    switch (conteneur) {
      case 'paragraphe':
        if (!p) return;
        if (nom === 'w:pStyle') {
          p.style = a['w:val'];
          const niveau = /^(?:heading|titre)\s*(\d)$/i.exec(p.style ?? '');
          if (niveau) p.titre = Number(niveau[1]);
          else if (/^(title|titre)$/i.test(p.style ?? '')) p.titre = 1;
        } else if (nom === 'w:numPr') p.puce = true;
        else if (nom === 'w:shd') p.fond = fondOmbrage(a);
        return;
      case 'marque':
        if (!p) return;
        if (nom === 'w:del' || nom === 'w:moveFrom') (p.joint = true), this.modification();
        else if (nom === 'w:ins' || nom === 'w:moveTo') this.modification();
        else if ((nom === 'w:vanish' || nom === 'w:specVanish') && active(a)) p.joint = true;
        return;
      case 'run':
        if (!p?.run) return;
        if (nom === 'w:rStyle') p.run.style = a['w:val'];
        else if (nom === 'w:b') p.run.gras = active(a);
        else if (nom === 'w:highlight') p.run.surlignage = a['w:val'];
        else lirePropriete(nom, a, p.run.proprietes);
        return;
      case 'cellule':
        if (nom === 'w:gridSpan') this.redacteur.etendreCellule(Number(a['w:val']));
        else if (nom === 'w:shd' && tableau) tableau.fondCellule = fondOmbrage(a);
        else if (nom === 'w:cellDel' || nom === 'w:cellIns' || nom === 'w:cellMerge') this.modification();
        return;
      case 'tableau':
        if (!tableau) return;
        if (nom === 'w:shd') tableau.fond = fondOmbrage(a);
        else if (nom === 'w:tblStyle') tableau.styleRemplit = styleRemplit(this.styles, a['w:val']);
        return;
      case 'rangee':
        if (nom === 'w:del') this.redacteur.abandonnerRangee(), this.modification();
        else if (nom === 'w:ins') this.modification();
        return;
    }
  }

  private ouvrir(e: Extract<Evenement, { type: 'ouvre' }>): void {
    const { nom, attributs: a } = e;
    if (ANCIENNES_PROPRIETES.has(nom)) {
      this.modification();
      this.ancien++;
      return;
    }
    if (this.ancien > 0) return;
    const p = this.paragraphe;
    if (CONTENEURS[nom] || nom === 'w:rPr') {
      const haut = this.conteneurs[this.conteneurs.length - 1];
      const conteneur = nom !== 'w:rPr' ? CONTENEURS[nom]! : haut === 'paragraphe' ? 'marque' : haut === undefined && p?.run ? 'run' : 'autre';
      this.conteneurs.push(conteneur);
      return;
    }
    if (this.conteneurs.length > 0) return this.propriete(nom, a);
    switch (nom) {
      case 'w:del':
      case 'w:moveFrom':
        this.modification();
        this.supprime++;
        return;
      case 'mc:Fallback':
        this.supprime++;
        return;
      case 'w:ins':
      case 'w:moveTo':
        this.modification();
        return;
      case 'w:background':
        this.page = lireCouleur(a['w:color']) ?? BLANC;
        return;
      case 'w:tbl':
        this.vider();
        this.tableaux.push({ styleRemplit: styleRemplit(this.styles, this.styles.tableauParDefaut) });
        this.redacteur.ouvrirTableau();
        return;
      case 'w:tr':
        this.redacteur.ouvrirRangee();
        return;
      case 'w:tc':
        if (this.tableaux.length > 0) this.tableaux[this.tableaux.length - 1]!.fondCellule = undefined;
        this.redacteur.ouvrirCellule();
        return;
      case 'w:p': {
        if (this.attente && this.attente.niveau !== this.niveau()) this.vider();
        if (p) this.paragraphes.push(p);
        const suite = this.attente?.paragraphe;
        this.attente = null;
        this.paragraphe = { morceaux: suite?.morceaux ?? [], titre: 0, puce: false, joint: false, modifie: suite?.modifie ?? false, run: null };
        return;
      }
      case 'w:r':
        if (p) p.run = { proprietes: {}, gras: false, dansTexte: false, compte: false };
        return;
      case 'w:t':
        if (p?.run) p.run.dansTexte = true;
        return;
      case 'w:tab':
        if (p?.run) this.contenu('\t', false);
        return;
      case 'w:br':
      case 'w:cr':
        if (p?.run && a['w:type'] !== 'page' && a['w:type'] !== 'column') this.contenu('\n', false);
        return;
      case 'w:noBreakHyphen':
        if (p?.run) this.contenu('-', p.run.gras);
        return;
    }
  }

  private fermerParagraphe(): void {
    const p = this.paragraphe;
    if (!p) return;
    this.paragraphe = this.paragraphes.pop() ?? null;
    if (p.joint) this.attente = { paragraphe: p, niveau: this.niveau() };
    else this.ecrire(p);
  }

  private fermer(nom: string): void {
    if (ANCIENNES_PROPRIETES.has(nom)) {
      this.ancien = Math.max(0, this.ancien - 1);
      return;
    }
    if (this.ancien > 0) return;
    if (CONTENEURS[nom] || nom === 'w:rPr') {
      this.conteneurs.pop();
      return;
    }
    if (this.conteneurs.length > 0) return;
    const p = this.paragraphe;
    switch (nom) {
      case 'w:del':
      case 'w:moveFrom':
      case 'mc:Fallback':
        this.supprime = Math.max(0, this.supprime - 1);
        return;
      case 'w:t':
        if (p?.run) p.run.dansTexte = false;
        return;
      case 'w:r':
        if (p) p.run = null;
        return;
      case 'w:p':
        this.fermerParagraphe();
        return;
      case 'w:tc':
        this.vider();
        this.redacteur.fermerCellule();
        return;
      case 'w:tr':
        this.redacteur.fermerRangee();
        return;
      case 'w:tbl':
        this.vider();
        this.tableaux.pop();
        this.redacteur.fermerTableau();
        return;
    }
  }

  traiter(e: Evenement): void {
    if (e.type === 'texte') {
      if (this.paragraphe?.run?.dansTexte) this.contenu(e.texte, this.paragraphe.run.gras);
    } else if (e.type === 'ouvre') this.ouvrir(e);
    else this.fermer(e.nom);
  }

  resultat(): LectureXml {
    this.vider();
    return lectureXml(this.redacteur, this.masques, this.modifications, 'Word');
  }
}

/** The styles of a styles.xml text (synchronous: tests and small parts). */
export function stylesDocx(xml: string): StylesDocx {
  const lecteur = lecteurStyles();
  for (const e of evenementsXml(xml)) lecteur.traiter(e);
  return lecteur.styles;
}

/** A document.xml text read at once (tests); documents go through `lireDocx`. */
export function texteDocx(xml: string, styles: StylesDocx = stylesVides()): LectureXml {
  const lecteur = new LecteurDocx(styles);
  for (const e of evenementsXml(xml)) lecteur.traiter(e);
  return lecteur.resultat();
}

async function lireParties(parties: Map<string, string>, signal?: AbortSignal): Promise<LectureXml> {
  const lecteurStylesDocx = lecteurStyles();
  const styles = parties.get(STYLES);
  if (styles !== undefined) await parcourirXml(STYLES, styles, (e) => lecteurStylesDocx.traiter(e), signal);
  const lecteur = new LecteurDocx(lecteurStylesDocx.styles);
  await parcourirXml(PARTIE, parties.get(PARTIE)!, (e) => lecteur.traiter(e), signal);
  return lecteur.resultat();
}

export function lireDocx(octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  return lireDocumentZip(octets, options, 'docx', PARTIE, [STYLES], 'de corps de document Word', lireParties);
}
