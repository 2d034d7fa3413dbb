// An in-memory Google Doc for running the built Docs add-on (dist/docs-addon/Code.js) in a Node vm,
// following the DocumentApp reference: method names, argument orders, return types, end offsets
// inclusive (Text.setBackgroundColor(startOffset, endOffsetInclusive, color)), elements that know their
// parent and type, Body.getText() as its paragraphs joined by '\n' (table cells included), headers and
// footers apart from the body. Every object is a Proxy that COUNTS each call in a journal and THROWS on
// any API it does not model, as the spreadsheet double does (./tableur.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cellule, Paragraphe, Rangee, Section, Tableau, VueTexte, paragrapheDepuisLigne, paragraphesDe, type Noeud } from './document-modele';
import { fabriqueObjets, proprietesDuDocument, type FabriqueObjet, type Royaume } from './services';

/** Services whose calls count as calls to the document (reads, writes, selection). */
export const SERVICES_DOCUMENT = ['DocumentApp', 'Document', 'Body', 'Paragraph', 'ListItem', 'Table', 'TableRow', 'TableCell', 'Text', 'RangeBuilder', 'Range', 'RangeElement', 'Position', 'HeaderSection', 'FooterSection'] as const;

const TYPES = ['BODY_SECTION', 'HEADER_SECTION', 'FOOTER_SECTION', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT'] as const;
const ELEMENT_TYPE = Object.fromEntries(TYPES.map((t) => [t, t]));

/** A Text element: a paragraph's text, or a container's Text version (editAsText). */
interface Texte {
  vue: VueTexte;
  /** The element it belongs to: a paragraph for its own text, the container for editAsText. */
  parent: Noeud;
}

/** One element of a range (Document.setSelection, Document.getSelection). */
export interface MorceauDePlage {
  noeud: Noeud | Texte;
  debut?: number;
  finInclusive?: number;
}

export class FauxDocument {
  readonly corps: Section;
  readonly entete = new Section('HEADER_SECTION');
  readonly pied = new Section('FOOTER_SECTION');
  readonly proprietes = new Map<string, string>();
  readonly menus: { elements: { libelle: string; fonction: string }[]; separateurs: number }[] = [];
  readonly panneaux: { fichier: string; titre: string; contenu: string }[] = [];
  readonly alertes: string[] = [];
  /** Every call, as `Service.methode`, in order. */
  readonly journal: string[] = [];
  /** The selection the person made, or the add-on set. */
  selection: MorceauDePlage[] | null = null;
  curseur: { paragraphe: Paragraphe; offset: number } | null = null;
  /**
   * A body whose text (Body.getText(), Body.editAsText()) leaves tables out: not what Docs does, but the
   * add-on must then still read right (element by element) and say why it placed no mark.
   */
  corpsSansTableaux = false;
  private royaume: Royaume = { Date, Error };
  private readonly objet: FabriqueObjet;

  constructor(
    corps: Section = new Section('BODY_SECTION'),
    private readonly dossierHtml?: string,
  ) {
    this.corps = corps;
    this.objet = fabriqueObjets(this.journal, () => this.royaume);
    if (corps.enfants.length === 0) corps.ajouter(new Paragraphe(''));
    this.entete.ajouter(new Paragraphe(''));
    this.pied.ajouter(new Paragraphe(''));
  }

  lier(royaume: Royaume): void {
    this.royaume = royaume;
  }

  /** Calls to the document's objects (SERVICES_DOCUMENT), optionally since index `depuis`. */
  appelsDocument(depuis = 0): string[] {
    return this.journal.slice(depuis).filter((a) => (SERVICES_DOCUMENT as readonly string[]).includes(a.split('.')[0]!));
  }

  oublierJournal(): void {
    this.journal.length = 0;
  }

  /** The body's paragraphs (Body.getParagraphs() order). */
  paragraphes(): Paragraphe[] {
    return paragraphesDe(this.corps);
  }

  /** The person selects characters debut…finInclusive of a paragraph. */
  selectionnerTexte(p: Paragraphe, debut: number, finInclusive: number): void {
    this.selection = [{ noeud: { vue: new VueTexte([p]), parent: p }, debut, finInclusive }];
    this.curseur = null;
  }

  placerCurseur(p: Paragraphe, offset: number): void {
    this.curseur = { paragraphe: p, offset };
    this.selection = null;
  }

  /** Everything a person sees, for before/after comparisons: texts, headings, backgrounds and bold. */
  instantane(): string {
    return JSON.stringify([this.corps, this.entete, this.pied].map((s) => paragraphesDe(s).map((p) => [p.type, p.titre, p.texte, p.attributs])));
  }

  /** Backgrounds over the body's text, as runs `[debut, fin, fond]` (fin exclusive), for assertions. */
  fonds(): Array<[number, number, string]> {
    const runs: Array<[number, number, string]> = [];
    let o = 0;
    const paragraphes = this.paragraphes();
    paragraphes.forEach((p, k) => {
      const n = p.texte.length + (k < paragraphes.length - 1 ? 1 : 0);
      for (let i = 0; i < n; i++, o++) {
        const f = p.attributs[i]!.fond;
        const dernier = runs[runs.length - 1];
        if (f !== null && dernier && dernier[1] === o && dernier[2] === f) dernier[1] = o + 1;
        else if (f !== null) runs.push([o, o + 1, f]);
      }
    });
    return runs;
  }

  // ---- Apps Script's globals ----------------------------------------------------------------------

  globaux(): Record<string, unknown> {
    const t = this;
    const document = this.objet('Document', {
      getBody: () => t.element(t.corps),
      getHeader: () => t.element(t.entete),
      getFooter: () => t.element(t.pied),
      getCursor: () => (t.curseur ? t.position(t.curseur.paragraphe, t.curseur.offset) : null),
      getSelection: () => (t.selection ? t.plage(t.selection) : null),
      setSelection: (plage: { __morceaux?: MorceauDePlage[] }) => {
        if (!plage?.__morceaux) throw new t.royaume.Error('setSelection attend un Range (Document.newRange().build()).');
        t.selection = plage.__morceaux;
        t.curseur = null;
        return document;
      },
      newRange: () => t.constructeurDePlage(),
      saveAndClose: () => undefined,
    });
    const ui = this.objet('Ui', {
      createAddonMenu: () => {
        const menu = { elements: [] as { libelle: string; fonction: string }[], separateurs: 0 };
        const proxy: object = t.objet('Menu', {
          addItem: (libelle: string, fonction: string) => (menu.elements.push({ libelle, fonction }), proxy),
          addSeparator: () => (menu.separateurs++, proxy),
          addToUi: () => void t.menus.push(menu),
        });
        return proxy;
      },
      showSidebar: (sortie: { __contenu?: { fichier: string; titre: string; contenu: string } }) => {
        if (!sortie?.__contenu) throw new t.royaume.Error('showSidebar attend un HtmlOutput.');
        t.panneaux.push(sortie.__contenu);
      },
      alert: (message: string) => {
        t.alertes.push(String(message));
        return 'OK';
      },
    });
    return {
      DocumentApp: this.objet('DocumentApp', { getActiveDocument: () => document, getUi: () => ui }, { ElementType: ELEMENT_TYPE }),
      PropertiesService: this.objet('PropertiesService', { getDocumentProperties: () => proprietesDuDocument(t.objet, t.proprietes, () => t.royaume) }),
      HtmlService: this.objet('HtmlService', {
        createHtmlOutputFromFile: (fichier: string) => {
          const chemin = t.dossierHtml ? path.join(t.dossierHtml, `${fichier}.html`) : null;
          if (chemin && !existsSync(chemin)) throw new t.royaume.Error(`Aucun fichier HTML nommé « ${fichier} ».`);
          const contenu = { fichier, titre: '', contenu: chemin ? readFileSync(chemin, 'utf8') : '' };
          const sortie: object = t.objet('HtmlOutput', { setTitle: (titre: string) => ((contenu.titre = titre), sortie), append: (ajout: string) => ((contenu.contenu += ajout), sortie) }, { __contenu: contenu });
          return sortie;
        },
      }),
      Utilities: this.objet('Utilities', { formatDate: (d: Date, _fuseau: string, motif: string) => formaterIso(d, motif) }),
      Session: this.objet('Session', { getScriptTimeZone: () => 'Europe/Paris' }),
    };
  }

  // ---- Elements --------------------------------------------------------------------------------------

  private typeDe(n: Noeud): string {
    if (n instanceof Section) return n.type;
    if (n instanceof Paragraphe) return n.type;
    return n instanceof Tableau ? 'TABLE' : n instanceof Rangee ? 'TABLE_ROW' : 'TABLE_CELL';
  }

  /** The element proxy of a node: common Element methods plus its class's own. */
  element(n: Noeud): object {
    const t = this;
    const R = () => this.royaume;
    const type = this.typeDe(n);
    const service = { BODY_SECTION: 'Body', HEADER_SECTION: 'HeaderSection', FOOTER_SECTION: 'FooterSection', PARAGRAPH: 'Paragraph', LIST_ITEM: 'ListItem', TABLE: 'Table', TABLE_ROW: 'TableRow', TABLE_CELL: 'TableCell' }[type]!;
    const enfants = (): Noeud[] => (n instanceof Paragraphe ? [] : (n.enfants as Noeud[]));
    const comme = (attendu: string) => () => {
      if (type !== attendu) throw new (R().Error)(`Impossible de convertir ${type} en ${attendu}.`);
      return t.element(n);
    };
    const lus = (): Paragraphe[] => (t.corpsSansTableaux && n === t.corps ? t.corps.enfants.filter((e): e is Paragraphe => e instanceof Paragraphe) : paragraphesDe(n));
    const commun: Record<string, (...a: never[]) => unknown> = {
      getType: () => type,
      getParent: () => (n.parent ? t.element(n.parent) : null),
      getText: () => lus().map((p) => p.texte).join('\n'),
      editAsText: () => t.texte({ vue: new VueTexte(lus()), parent: n }),
      asParagraph: comme('PARAGRAPH'),
      asListItem: comme('LIST_ITEM'),
      asTable: comme('TABLE'),
      asTableRow: comme('TABLE_ROW'),
      asTableCell: comme('TABLE_CELL'),
    };
    const conteneur: Record<string, (...a: never[]) => unknown> = {
      getNumChildren: () => enfants().length,
      getChild: (i: number) => {
        const e = enfants()[i];
        if (!Number.isInteger(i) || !e) throw new (R().Error)(`Index d'enfant hors limites : ${i}.`);
        return t.element(e);
      },
      getChildIndex: (el: { __noeud?: Noeud }) => enfants().indexOf(el?.__noeud as Noeud),
    };
    let propres: Record<string, (...a: never[]) => unknown> = {};
    if (n instanceof Section) {
      propres = {
        ...conteneur,
        getParagraphs: () => paragraphesDe(n).map((p) => t.element(p)),
        getTables: () => n.enfants.filter((e): e is Tableau => e instanceof Tableau).map((e) => t.element(e)),
        getListItems: () => paragraphesDe(n).filter((p) => p.type === 'LIST_ITEM').map((p) => t.element(p)),
        insertParagraph: (i: number, texte: string) => {
          if (!Number.isInteger(i) || i < 0 || i > n.enfants.length) throw new (R().Error)(`Index hors limites : ${i}.`);
          const p = new Paragraphe(String(texte));
          n.ajouter(p, i);
          return t.element(p);
        },
        insertTable: (i: number, cellules: string[][]) => {
          if (!Number.isInteger(i) || i < 0 || i > n.enfants.length) throw new (R().Error)(`Index hors limites : ${i}.`);
          if (!Array.isArray(cellules) || cellules.some((r) => !Array.isArray(r))) throw new (R().Error)('insertTable attend un tableau de tableaux de textes.');
          const largeur = Math.max(...cellules.map((r) => r.length));
          const tableau = new Tableau(cellules.map((r) => new Rangee(Array.from({ length: largeur }, (_, c) => new Cellule([new Paragraphe(String(r[c] ?? ''))])))));
          n.ajouter(tableau, i);
          return t.element(tableau);
        },
      };
    } else if (n instanceof Paragraphe) {
      propres = {
        getNumChildren: () => (n.texte ? 1 : 0),
        getChild: (i: number) => {
          if (i !== 0 || !n.texte) throw new (R().Error)(`Index d'enfant hors limites : ${i}.`);
          return t.texte({ vue: new VueTexte([n]), parent: n });
        },
        getHeading: () => n.titre,
      };
    } else if (n instanceof Tableau) {
      propres = { ...conteneur, getNumRows: () => n.enfants.length, getRow: (i: number) => t.element(t.enfant(n.enfants, i)), getCell: (r: number, c: number) => t.element(t.enfant(t.enfant(n.enfants, r).enfants, c)) };
    } else if (n instanceof Rangee) {
      propres = { ...conteneur, getNumCells: () => n.enfants.length, getCell: (i: number) => t.element(t.enfant(n.enfants, i)) };
    } else {
      propres = { ...conteneur };
    }
    return this.objet(service, { ...commun, ...propres }, { __noeud: n });
  }

  private enfant<T>(liste: readonly T[], i: number): T {
    const e = liste[i];
    if (!Number.isInteger(i) || e === undefined) throw new this.royaume.Error(`Index hors limites : ${i}.`);
    return e;
  }

  private texte(x: Texte): object {
    const t = this;
    const R = () => this.royaume;
    const bornes = (debut: number, fin: number) => {
      const n = x.vue.texte.length;
      if (!Number.isInteger(debut) || !Number.isInteger(fin) || debut < 0 || fin >= n || debut > fin) {
        throw new (R().Error)(`Décalages invalides : ${debut}…${fin} (texte de ${n} caractères, fin incluse).`);
      }
    };
    const proxy: object = this.objet(
      'Text',
      {
        getType: () => 'TEXT',
        getParent: () => t.element(x.parent),
        getText: () => x.vue.texte,
        getTextAttributeIndices: () => x.vue.indices(),
        getBackgroundColor: (offset: number) => {
          const a = x.vue.attributsA(offset);
          if (!a) throw new (R().Error)(`Décalage hors du texte : ${offset}.`);
          return a.fond;
        },
        setBackgroundColor: (debut: number, finInclusive: number, couleur: string | null) => {
          bornes(debut, finInclusive);
          if (couleur !== null && !/^#[0-9a-f]{6}$/i.test(String(couleur))) throw new (R().Error)(`Couleur invalide : ${couleur}.`);
          x.vue.modifier(debut, finInclusive, (a) => (a.fond = couleur === null ? null : couleur.toLowerCase()));
          return proxy;
        },
        insertText: (offset: number, ajout: string) => {
          if (!Number.isInteger(offset) || offset < 0 || offset > x.vue.texte.length) throw new (R().Error)(`Décalage invalide : ${offset}.`);
          x.vue.inserer(offset, String(ajout));
          return proxy;
        },
        asText: () => proxy,
      },
      { __noeud: x },
    );
    return proxy;
  }

  private position(p: Paragraphe, offset: number): object {
    return this.objet('Position', {
      getElement: () => (p.texte ? this.texte({ vue: new VueTexte([p]), parent: p }) : this.element(p)),
      getOffset: () => offset,
      getSurroundingText: () => this.texte({ vue: new VueTexte([p]), parent: p }),
      getSurroundingTextOffset: () => offset,
    });
  }

  private constructeurDePlage(): object {
    const morceaux: MorceauDePlage[] = [];
    const proxy: object = this.objet('RangeBuilder', {
      addElement: (el: { __noeud?: Noeud | Texte }, debut?: number, finInclusive?: number) => {
        if (!el?.__noeud) throw new this.royaume.Error('addElement attend un Element.');
        if (debut !== undefined && !(el.__noeud as Texte).vue) throw new this.royaume.Error('addElement(élément, début, fin) attend un élément Text.');
        morceaux.push(debut === undefined ? { noeud: el.__noeud } : { noeud: el.__noeud, debut, finInclusive: finInclusive! });
        return proxy;
      },
      build: () => this.plage([...morceaux]),
    });
    return proxy;
  }

  private plage(morceaux: MorceauDePlage[]): object {
    return this.objet(
      'Range',
      {
        getRangeElements: () =>
          morceaux.map((m) =>
            this.objet('RangeElement', {
              getElement: () => ((m.noeud as Texte).vue ? this.texte(m.noeud as Texte) : this.element(m.noeud as Noeud)),
              isPartial: () => m.debut !== undefined,
              getStartOffset: () => m.debut ?? -1,
              getEndOffsetInclusive: () => m.finInclusive ?? -1,
            }),
          ),
      },
      { __morceaux: morceaux },
    );
  }
}

function formaterIso(d: Date, motif: string): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d).map((x) => [x.type, x.value]));
  if (motif !== 'yyyy-MM-dd') throw new Error(`Format de date non simulé : ${motif}`);
  return `${p.year}-${p.month}-${p.day}`;
}

export { paragrapheDepuisLigne };
