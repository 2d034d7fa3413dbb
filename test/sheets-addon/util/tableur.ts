// An in-memory Google spreadsheet for running the built add-on (dist/sheets-addon/Code.js) in a Node
// vm: values, displayed values, backgrounds, notes, formulas, selection, document properties, menu,
// sidebar and toasts. Every object is a Proxy that COUNTS each call in a journal and THROWS on any
// API it does not implement, so the add-on cannot quietly use something this fake does not model
// (setValues writes only into a sheet the add-on has just created: it must never change what people typed).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { a1, afficher, formaterDate, lirePlage } from './notation';
import { fabriqueObjets, proprietesDuDocument, type Royaume } from './services';

export { lirePlage };

export type Valeur = string | number | boolean | Date;

/** A cell as a test writes it: a bare value, or a value with what Sheets would show and carry. */
export type CelluleInit = Valeur | null | undefined | { v?: Valeur; d?: string; fond?: string; note?: string; formule?: string };

export type { Royaume };

const BLANC = '#ffffff';
const PROTEGEE = 'Vous essayez de modifier une cellule ou un objet protégés. Contactez le propriétaire de la feuille de calcul pour supprimer la protection si vous avez besoin de le modifier.';

/** Services whose calls count as spreadsheet calls (reads, writes and navigation). */
export const SERVICES_TABLEUR = ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range'] as const;

export class FausseFeuille {
  readonly valeurs = new Map<number, Map<number, Valeur>>();
  readonly affichees = new Map<string, string>();
  readonly fonds = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly formules = new Map<string, string>();
  /** Selection: top-left and size (1-based). */
  selection = { ligne: 1, colonne: 1, lignes: 1, colonnes: 1 };
  lignesMax: number;
  colonnesMax: number;
  /** Protected against the person's edits: writing formats or notes fails, as in Sheets. */
  protegee = false;
  /** Made by the add-on during the test (insertSheet): the only sheet whose values it may write. */
  creeeParLeModule = false;
  lignesFigees = 0;
  readonly gras = new Set<string>();

  constructor(
    public nom: string,
    public readonly id: number,
  ) {
    this.lignesMax = 1000;
    this.colonnesMax = 26;
  }

  /** Writes a grid of cells with its top-left at (ligne, colonne), as a person would type it. */
  remplir(grille: readonly (readonly CelluleInit[])[], ligne = 1, colonne = 1): this {
    grille.forEach((rangee, i) =>
      rangee.forEach((cellule, j) => {
        const l = ligne + i;
        const c = colonne + j;
        const k = cle(l, c);
        const init = cellule !== null && typeof cellule === 'object' && !(cellule instanceof Date) ? cellule : { v: cellule ?? undefined };
        if (init.v !== undefined && init.v !== '') this.ecrireValeur(l, c, init.v);
        if (init.d !== undefined) this.affichees.set(k, init.d);
        if (init.fond !== undefined) this.fonds.set(k, init.fond.toLowerCase());
        if (init.note !== undefined) this.notes.set(k, init.note);
        if (init.formule !== undefined) this.formules.set(k, init.formule);
      }),
    );
    return this;
  }

  ecrireValeur(l: number, c: number, v: Valeur): void {
    let rangee = this.valeurs.get(l);
    if (!rangee) this.valeurs.set(l, (rangee = new Map()));
    rangee.set(c, v);
    this.lignesMax = Math.max(this.lignesMax, l);
    this.colonnesMax = Math.max(this.colonnesMax, c);
  }

  /** Inserts an empty row above row `avant`, moving everything below down, as Sheets does. */
  insererLigne(avant: number): void {
    const decaler = <T>(m: Map<string, T>) => {
      const copie = [...m];
      m.clear();
      for (const [k, v] of copie) {
        const [l, c] = k.split(':').map(Number) as [number, number];
        m.set(cle(l >= avant ? l + 1 : l, c), v);
      }
    };
    const rangees = [...this.valeurs].sort((a, b) => b[0] - a[0]);
    this.valeurs.clear();
    for (const [l, r] of rangees) this.valeurs.set(l >= avant ? l + 1 : l, r);
    [this.affichees, this.fonds, this.notes, this.formules].forEach((m) => decaler(m as Map<string, unknown>));
    this.lignesMax++;
  }

  valeur(l: number, c: number): Valeur | '' {
    return this.valeurs.get(l)?.get(c) ?? '';
  }

  affichee(l: number, c: number): string {
    const d = this.affichees.get(cle(l, c));
    if (d !== undefined) return d;
    return afficher(this.valeur(l, c));
  }

  fond(l: number, c: number): string {
    return this.fonds.get(cle(l, c)) ?? BLANC;
  }

  note(l: number, c: number): string {
    return this.notes.get(cle(l, c)) ?? '';
  }

  /** Last row and column holding a value (what getDataRange covers), at least 1×1. */
  etendue(): { lignes: number; colonnes: number } {
    let lignes = 1;
    let colonnes = 1;
    for (const [l, rangee] of this.valeurs) {
      for (const [c, v] of rangee) {
        if (v === '') continue;
        lignes = Math.max(lignes, l);
        colonnes = Math.max(colonnes, c);
      }
    }
    return { lignes, colonnes };
  }

  /** Everything a person sees, for before/after comparisons (values, displayed texts, backgrounds, notes). */
  instantane(): { valeurs: string; fonds: [string, string][]; notes: [string, string][] } {
    const valeurs: string[] = [];
    for (const [l, rangee] of [...this.valeurs].sort((a, b) => a[0] - b[0])) {
      for (const [c, v] of [...rangee].sort((a, b) => a[0] - b[0])) valeurs.push(`${cle(l, c)}=${v instanceof Date ? v.toISOString() : JSON.stringify(v)}`);
    }
    return {
      valeurs: valeurs.join('\n'),
      fonds: [...this.fonds].filter(([, f]) => f !== BLANC).sort(),
      notes: [...this.notes].filter(([, n]) => n !== '').sort(),
    };
  }
}

function cle(l: number, c: number): string {
  return `${l}:${c}`;
}

export interface Menu {
  titre: string;
  elements: { libelle: string; fonction: string }[];
}

/** The fake spreadsheet, its services and the journal of calls. */
export class FauxTableur {
  readonly feuilles: FausseFeuille[] = [];
  active: FausseFeuille;
  readonly proprietes = new Map<string, string>();
  readonly menus: Menu[] = [];
  readonly panneaux: { fichier: string; titre: string; contenu: string }[] = [];
  readonly toasts: { message: string; titre: string }[] = [];
  /** Every call, as `Service.methode`, in order. */
  readonly journal: string[] = [];
  /** Formula of the cell running a custom function (SpreadsheetApp.getActiveRange() then). */
  cellulesFormule: { feuille: FausseFeuille; ligne: number; colonne: number } | null = null;
  fuseau = 'Europe/Paris';
  private royaume: Royaume = { Date, Error };

  constructor(
    nom = 'Feuille 1',
    private readonly dossierHtml?: string,
  ) {
    this.active = this.ajouterFeuille(nom);
  }

  ajouterFeuille(nom: string): FausseFeuille {
    const f = new FausseFeuille(nom, this.feuilles.length);
    this.feuilles.push(f);
    return f;
  }

  /** Selects a range (A1) on a sheet and makes that sheet active, as a click would. */
  selectionner(plageA1: string, feuille: FausseFeuille = this.active): void {
    this.active = feuille;
    const z = lirePlage(plageA1);
    feuille.selection = z;
  }

  /** Calls whose service is one of SERVICES_TABLEUR (optionally since index `depuis`). */
  appelsTableur(depuis = 0): string[] {
    return this.journal.slice(depuis).filter((a) => (SERVICES_TABLEUR as readonly string[]).includes(a.split('.')[0]!));
  }

  oublierJournal(): void {
    this.journal.length = 0;
  }

  /** The values must be built in the vm's realm (instanceof Date inside the add-on). */
  lier(royaume: Royaume): void {
    this.royaume = royaume;
  }

  /** The Apps Script globals to put in the vm context. */
  globaux(): Record<string, unknown> {
    const t = this;
    const spreadsheet = this.objet('Spreadsheet', {
      getActiveSheet: () => t.feuilleProxy(t.active),
      getSheetByName: (nom: string) => {
        const f = t.feuilles.find((x) => x.nom === nom);
        return f ? t.feuilleProxy(f) : null;
      },
      getSpreadsheetTimeZone: () => t.fuseau,
      insertSheet: (nom: string) => {
        if (t.feuilles.some((x) => x.nom === nom)) throw new t.royaume.Error(`Une feuille nommée « ${nom} » existe déjà. Veuillez saisir un autre nom.`);
        const f = t.ajouterFeuille(String(nom));
        f.creeeParLeModule = true;
        t.active = f;
        return t.feuilleProxy(f);
      },
      getActiveRange: () => t.plageActive(),
      toast: (message: string, titre = '', _secondes?: number) => {
        t.toasts.push({ message: String(message), titre: String(titre) });
      },
    });
    const ui = this.objet('Ui', {
      createAddonMenu: () => {
        const menu: Menu = { titre: 'Jauge (menu du module)', elements: [] };
        const proxy: object = t.objet('Menu', {
          addItem: (libelle: string, fonction: string) => {
            menu.elements.push({ libelle, fonction });
            return proxy;
          },
          addSeparator: () => proxy,
          addToUi: () => {
            t.menus.push(menu);
          },
        });
        return proxy;
      },
      showSidebar: (sortie: { __contenu?: { fichier: string; titre: string; contenu: string } }) => {
        const c = sortie.__contenu;
        if (!c) throw new t.royaume.Error('showSidebar attend un HtmlOutput.');
        t.panneaux.push(c);
      },
    });
    return {
      SpreadsheetApp: this.objet('SpreadsheetApp', {
        getActiveSpreadsheet: () => spreadsheet,
        getActive: () => spreadsheet,
        getActiveSheet: () => t.feuilleProxy(t.active),
        getActiveRange: () => t.plageActive(),
        getUi: () => ui,
      }),
      PropertiesService: this.objet('PropertiesService', {
        getDocumentProperties: () => t.proprietesProxy(),
      }),
      HtmlService: this.objet('HtmlService', {
        createHtmlOutputFromFile: (fichier: string) => {
          const chemin = t.dossierHtml ? path.join(t.dossierHtml, `${fichier}.html`) : null;
          if (chemin && !existsSync(chemin)) throw new t.royaume.Error(`Aucun fichier HTML nommé « ${fichier} ».`);
          const contenu = { fichier, titre: '', contenu: chemin ? readFileSync(chemin, 'utf8') : '' };
          const sortie: object = t.objet('HtmlOutput', {
            setTitle: (titre: string) => {
              contenu.titre = titre;
              return sortie;
            },
          }, { __contenu: contenu });
          return sortie;
        },
      }),
      Utilities: this.objet('Utilities', {
        formatDate: (d: Date, fuseau: string, motif: string) => formaterDate(d, fuseau, motif),
      }),
      Session: this.objet('Session', {
        getScriptTimeZone: () => 'Europe/Paris',
      }),
    };
  }

  // ---- Proxies ------------------------------------------------------------------------------------

  /** Wraps methods: each call is journaled; any other property read throws (./services.ts). */
  private objet(service: string, methodes: Record<string, (...a: never[]) => unknown>, donnees: Record<string, unknown> = {}): object {
    return fabriqueObjets(this.journal, () => this.royaume)(service, methodes, donnees);
  }

  private plageActive(): object | null {
    if (this.cellulesFormule) {
      const { feuille, ligne, colonne } = this.cellulesFormule;
      return this.plage(feuille, ligne, colonne, 1, 1);
    }
    const s = this.active.selection;
    return this.plage(this.active, s.ligne, s.colonne, s.lignes, s.colonnes);
  }

  private feuilleProxy(f: FausseFeuille): object {
    const t = this;
    return this.objet('Sheet', {
      getName: () => f.nom,
      getSheetId: () => f.id,
      getActiveRange: () => {
        if (t.active !== f) return null;
        const s = f.selection;
        return t.plage(f, s.ligne, s.colonne, s.lignes, s.colonnes);
      },
      getDataRange: () => {
        const e = f.etendue();
        return t.plage(f, 1, 1, e.lignes, e.colonnes);
      },
      setFrozenRows: (n: number) => {
        f.lignesFigees = n;
      },
      activate: () => {
        t.active = f;
        return t.feuilleProxy(f);
      },
      getRange: (...args: (string | number)[]) => {
        if (typeof args[0] === 'string') {
          const z = lirePlage(args[0]);
          return t.plage(f, z.ligne, z.colonne, z.lignes, z.colonnes);
        }
        const [l, c, h = 1, w = 1] = args as number[];
        return t.plage(f, l!, c!, h, w);
      },
    });
  }

  private plage(f: FausseFeuille, l: number, c: number, h: number, w: number): object {
    const t = this;
    const R = this.royaume;
    if (![l, c, h, w].every((n) => Number.isInteger(n) && n >= 1)) {
      throw new R.Error(`Coordonnées ou dimensions de plage invalides : ${l}, ${c}, ${h}, ${w}.`);
    }
    const grille = <T>(f2: (ll: number, cc: number) => T): T[][] =>
      Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_2, j) => f2(l + i, c + j)));
    const verifierForme = (donnees: unknown[][], quoi: string) => {
      if (!Array.isArray(donnees) || donnees.length !== h) {
        throw new R.Error(`The number of rows in the data does not match the number of rows in the range (${quoi}): ${donnees?.length} vs ${h}.`);
      }
      for (const r of donnees) {
        if (!Array.isArray(r) || r.length !== w) throw new R.Error(`The number of columns in the data does not match the number of columns in the range (${quoi}).`);
      }
    };
    return this.objet('Range', {
      getValues: () =>
        grille((ll, cc) => {
          const v = f.valeur(ll, cc);
          return v instanceof Date ? new R.Date(v.getTime()) : v;
        }),
      getDisplayValues: () => grille((ll, cc) => f.affichee(ll, cc)),
      getBackgrounds: () => grille((ll, cc) => f.fond(ll, cc)),
      getNotes: () => grille((ll, cc) => f.note(ll, cc)),
      setBackgrounds: (fonds: (string | null)[][]) => {
        if (f.protegee) throw new R.Error(PROTEGEE);
        verifierForme(fonds, 'setBackgrounds');
        fonds.forEach((r, i) =>
          r.forEach((fond, j) => {
            const k = cle(l + i, c + j);
            if (fond === null || fond === '') f.fonds.delete(k);
            else f.fonds.set(k, String(fond).toLowerCase());
          }),
        );
        return t.plage(f, l, c, h, w);
      },
      setNotes: (notes: (string | null)[][]) => {
        if (f.protegee) throw new R.Error(PROTEGEE);
        verifierForme(notes, 'setNotes');
        notes.forEach((r, i) =>
          r.forEach((note, j) => {
            const k = cle(l + i, c + j);
            if (note === null || note === '') f.notes.delete(k);
            else f.notes.set(k, String(note));
          }),
        );
        return t.plage(f, l, c, h, w);
      },
      // Values are written only into a sheet the add-on has just created (« Créer une feuille registre »).
      setValues: (valeurs: Valeur[][]) => {
        if (!f.creeeParLeModule) throw new R.Error(`setValues sur « ${f.nom} » : le module ne doit jamais changer une valeur saisie.`);
        verifierForme(valeurs, 'setValues');
        valeurs.forEach((r, i) => r.forEach((v, j) => f.ecrireValeur(l + i, c + j, v)));
        return t.plage(f, l, c, h, w);
      },
      setFontWeight: (poids: string) => {
        for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) if (poids === 'bold') f.gras.add(cle(l + i, c + j));
        return t.plage(f, l, c, h, w);
      },
      getA1Notation: () => a1(l, c, h, w),
      getRow: () => l,
      getColumn: () => c,
      getNumRows: () => h,
      getNumColumns: () => w,
      getFormula: () => f.formules.get(cle(l, c)) ?? '',
      getSheet: () => t.feuilleProxy(f),
      activate: () => {
        t.active = f;
        f.selection = { ligne: l, colonne: c, lignes: h, colonnes: w };
        return t.plage(f, l, c, h, w);
      },
    });
  }

  private proprietesProxy(): object {
    return proprietesDuDocument((service, methodes) => this.objet(service, methodes), this.proprietes, () => this.royaume);
  }
}

