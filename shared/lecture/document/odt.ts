// OpenDocument .odt: the zip's content.xml walked with xml.ts, styles.xml for the common styles.
// Headings (text:h) and list items marked as in the seeds, bold spans (automatic styles with
// fo:font-weight="bold", or named « Strong ») as `**`, tables as rows of cells (repeated and covered
// cells keep their columns); notes and annotations left out, like a page's footnotes. Only what
// Writer shows is read: `text:display="none"` styles, hidden paragraphs, hidden text, hidden sections
// and text coloured as its background are left out; tracked deletions live in
// `text:tracked-changes`, outside the body: the body is the accepted version, and a finding says so.
import { Redacteur, texteMorceaux, type Morceau } from './redaction';
import { lecteurStylesOdt, proprieteOdt, type StylesOdt } from './styles-odt';
import type { OptionsLecture, ResultatDocument } from './types';
import { BLANC, invisibleSur, lireCouleur, type Masques, type Rvb } from './visibilite';
import { evenementsXml, parcourirXml, type Evenement } from './xml';
import { lectureXml, lireDocumentZip, type LectureXml } from './zip';

const PARTIE = 'content.xml';
const STYLES = 'styles.xml';
/** Elements whose text is not the body's (notes, comments, tracked deletions). */
const IGNORES = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:deletion']);

/** What a span level (or the paragraph itself) makes of its text. */
interface Niveau {
  gras: boolean;
  cache: boolean;
  couleur?: string;
  fondTexte?: string;
  etat?: 'visible' | 'cache' | 'couleur';
  compte: boolean;
}

interface Paragraphe {
  morceaux: Morceau[];
  titre: number;
  puce: boolean;
  fond?: string;
  /** A `text:hidden-paragraph` field hides it. */
  cache: boolean;
  modifie: boolean;
  niveaux: Niveau[];
}

const peint = (fond: string | undefined): fond is string => fond !== undefined && fond !== 'transparent';
const estGrasParNom = (style: string | undefined) => Boolean(style && /strong|bold|gras/i.test(style));

class LecteurOdt {
  readonly redacteur = new Redacteur();
  readonly masques: Masques = { caches: 0, couleur: 0 };
  modifications = 0;
  private readonly lireStyle: (e: Evenement) => void;
  private paragraphe: Paragraphe | null = null;
  /** Paragraphs around the open one (a frame's text box holds paragraphs inside a paragraph). */
  private readonly paragraphes: Paragraphe[] = [];
  private listes = 0;
  private premierDeLItem = false;
  /** Skipped subtree (a note, a hidden section): its depth; `cache` when a person would not see it, counted once. */
  private saut: { profondeur: number; cache: boolean; compte: boolean } | null = null;
  private readonly cellules: (string | undefined)[] = [];
  private readonly sections: (string | undefined)[] = [];
  /** Tracked changes open in the body (`text:change-start` without its end yet). */
  private readonly changements = new Set<string>();

  constructor(private readonly styles: StylesOdt) {
    this.lireStyle = lecteurStylesOdt(styles, true);
  }

  private niveau(style: string | undefined, parent: Niveau | undefined, famille: 'paragraph' | 'text'): Niveau {
    const defaut = famille === 'paragraph';
    const valeur = <K extends 'cache' | 'couleur' | 'fondTexte'>(cle: K) => proprieteOdt(this.styles, famille, style, cle, defaut);
    const propre = style ? this.styles.get(`${famille}:${style}`) : undefined;
    return {
      gras: Boolean(propre?.gras) || estGrasParNom(style) || (famille === 'text' && Boolean(parent?.gras)),
      cache: valeur('cache') ?? parent?.cache ?? false,
      couleur: valeur('couleur') ?? parent?.couleur,
      fondTexte: valeur('fondTexte') ?? parent?.fondTexte,
      compte: false,
    };
  }

  private fond(p: Paragraphe, n: Niveau): Rvb {
    const couches = [n.fondTexte, p.fond, ...[...this.cellules].reverse(), ...[...this.sections].reverse()];
    const fond = couches.find(peint);
    return (fond && lireCouleur(fond)) || BLANC;
  }

  private contenu(texte: string): void {
    const p = this.paragraphe;
    if (!p) return;
    const n = p.niveaux[p.niveaux.length - 1]!;
    n.etat ??= n.cache ? 'cache' : invisibleSur(n.couleur === 'auto' ? null : lireCouleur(n.couleur), this.fond(p, n)) ? 'couleur' : 'visible';
    if (n.etat === 'visible') p.morceaux.push({ texte, gras: texte === '\t' || texte === '\n' ? false : n.gras });
    else if (!n.compte && texte.trim() !== '') {
      n.compte = true;
      this.masques[n.etat === 'cache' ? 'caches' : 'couleur']++;
    }
  }

  private modification(): void {
    if (this.paragraphe) this.paragraphe.modifie = true;
    else this.redacteur.marquerModification();
  }

  private sauter(cache: boolean): void {
    this.saut = { profondeur: 1, cache, compte: false };
  }

  private ouvrir(e: Extract<Evenement, { type: 'ouvre' }>): void {
    const a = e.attributs;
    const style = a['text:style-name'];
    if (IGNORES.has(e.nom)) return this.sauter(false);
    switch (e.nom) {
      case 'text:section': {
        const affichage = a['text:display'];
        if (affichage === 'none' || affichage === 'condition') return this.sauter(true);
        this.sections.push(proprieteOdt(this.styles, 'section', style, 'fond'));
        return;
      }
      case 'text:hidden-text':
        if (a['text:is-hidden'] !== 'false') this.sauter(true);
        return;
      case 'text:hidden-paragraph':
        if (this.paragraphe && a['text:is-hidden'] !== 'false') this.paragraphe.cache = true;
        return;
      case 'text:change':
        this.modification();
        return;
      case 'text:change-start':
        this.changements.add(a['text:change-id'] ?? '');
        this.modification();
        return;
      case 'text:change-end':
        this.changements.delete(a['text:change-id'] ?? '');
        this.modification();
        return;
      case 'table:table':
        this.redacteur.ouvrirTableau();
        return;
      case 'table:table-row':
        this.redacteur.ouvrirRangee();
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cellules.push(proprieteOdt(this.styles, 'table-cell', a['table:style-name'], 'fond'));
        this.redacteur.ouvrirCellule(Number(a['table:number-columns-repeated']));
        return;
      case 'text:list':
        this.listes++;
        return;
      case 'text:list-item':
        this.premierDeLItem = true;
        return;
      case 'text:p':
      case 'text:h': {
        const niveau = this.niveau(style, undefined, 'paragraph');
        if (this.paragraphe) this.paragraphes.push(this.paragraphe);
        this.paragraphe = {
          morceaux: [],
          titre: e.nom === 'text:h' ? Math.max(1, Number(a['text:outline-level']) || 1) : 0,
          puce: this.listes > 0 && this.premierDeLItem,
          fond: proprieteOdt(this.styles, 'paragraph', style, 'fond'),
          cache: false,
          modifie: this.changements.size > 0,
          niveaux: [niveau],
        };
        this.premierDeLItem = false;
        return;
      }
      case 'text:span': {
        const p = this.paragraphe;
        if (p) p.niveaux.push(this.niveau(style, p.niveaux[p.niveaux.length - 1], 'text'));
        return;
      }
      case 'text:s':
        this.contenu(' '.repeat(Math.min(100, Math.max(1, Number(a['text:c']) || 1))));
        return;
      case 'text:tab':
        this.contenu('\t');
        return;
      case 'text:line-break':
        this.contenu('\n');
        return;
    }
  }

  private fermer(nom: string): void {
    switch (nom) {
      case 'text:section':
        this.sections.pop();
        return;
      case 'text:span':
        if (this.paragraphe && this.paragraphe.niveaux.length > 1) this.paragraphe.niveaux.pop();
        return;
      case 'text:p':
      case 'text:h': {
        const p = this.paragraphe;
        this.paragraphe = this.paragraphes.pop() ?? null;
        if (!p) return;
        const texte = texteMorceaux(p.morceaux).replace(/^ +| +$/gm, '');
        if (p.cache) {
          if (texte.trim() !== '') this.masques.caches++;
          if (p.modifie) this.redacteur.marquerModification();
          return;
        }
        if (p.modifie) this.redacteur.marquerModification();
        this.redacteur.texteDeParagraphe(texte, p.titre, p.puce);
        return;
      }
      case 'text:list':
        this.listes = Math.max(0, this.listes - 1);
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cellules.pop();
        this.redacteur.fermerCellule();
        return;
      case 'table:table-row':
        this.redacteur.fermerRangee();
        return;
      case 'table:table':
        this.redacteur.fermerTableau();
        return;
    }
  }

  traiter(e: Evenement): void {
    if (e.type !== 'texte') this.lireStyle(e);
    // The changes are listed in `text:tracked-changes`, whose content (the deleted text) is skipped.
    if (e.type === 'ouvre' && e.nom === 'text:changed-region') this.modifications++;
    const saut = this.saut;
    if (saut) {
      if (e.type === 'ouvre') saut.profondeur++;
      else if (e.type === 'ferme' && --saut.profondeur === 0) this.saut = null;
      else if (e.type === 'texte' && saut.cache && !saut.compte && e.texte.trim() !== '') {
        saut.compte = true;
        this.masques.caches++;
      }
      return;
    }
    if (e.type === 'texte') {
      if (this.paragraphe) this.contenu(e.texte.replace(/[ \t\r\n]+/g, ' '));
    } else if (e.type === 'ouvre') this.ouvrir(e);
    else this.fermer(e.nom);
  }

  resultat(): LectureXml {
    return lectureXml(this.redacteur, this.masques, this.modifications, 'LibreOffice');
  }
}

/** A content.xml text read at once (tests); documents go through `lireOdt`. */
export function texteOdt(xml: string, stylesXml?: string): LectureXml {
  const styles: StylesOdt = new Map();
  if (stylesXml !== undefined) {
    const lire = lecteurStylesOdt(styles, false);
    for (const e of evenementsXml(stylesXml)) lire(e);
  }
  const lecteur = new LecteurOdt(styles);
  for (const e of evenementsXml(xml)) lecteur.traiter(e);
  return lecteur.resultat();
}

async function lireParties(parties: Map<string, string>, signal?: AbortSignal): Promise<LectureXml> {
  const styles: StylesOdt = new Map();
  const stylesXml = parties.get(STYLES);
  if (stylesXml !== undefined) await parcourirXml(STYLES, stylesXml, lecteurStylesOdt(styles, false), signal);
  const lecteur = new LecteurOdt(styles);
  await parcourirXml(PARTIE, parties.get(PARTIE)!, (e) => lecteur.traiter(e), signal);
  return lecteur.resultat();
}

export function lireOdt(octets: Uint8Array, options: OptionsLecture): Promise<ResultatDocument> {
  return lireDocumentZip(octets, options, 'odt', PARTIE, [STYLES], 'de contenu OpenDocument', lireParties);
}
