// The house stands as drawn: the real imports of shared/, extension/ and sheets-addon/src/ only point
// down a floor, close no circle, and no source file outgrows 500 lines. The checker is shown failing
// on a planted upward import, a crossed partition, a circle and a front leaning on the other front.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compterLignes, fichiersSources, lireGraphe, MAISONS, placer, verifierEtages, type Graphe } from './etages';
import { specificateurs } from './imports';

const RACINE = path.resolve(import.meta.dirname, '../..');
const LIGNES_MAX = 500;

function graphe(aretes: Record<string, string[]>): Graphe {
  const fichiers = [...new Set([...Object.keys(aretes), ...Object.values(aretes).flat()])];
  return { fichiers, imports: new Map(fichiers.map((f) => [f, aretes[f] ?? []])) };
}

describe('les étages de la maison', () => {
  const reel = lireGraphe(RACINE);

  it('lit les imports réels de chaque fichier source des trois maisons', () => {
    expect(reel.fichiers.length).toBeGreaterThan(250);
    expect(reel.imports.get('shared/dates.ts')).toEqual(expect.arrayContaining(['shared/texte/normalisation.ts', 'shared/texte/index.ts']));
    // Dynamic and type-level imports count too.
    expect(reel.imports.get('shared/lecture/document/index.ts')).toContain('shared/lecture/document/pdf.ts');
    expect(reel.imports.get('sheets-addon/src/sheets/fonctions/jauge.d.ts')).toEqual(['sheets-addon/src/sheets/serveur/index.ts']);
  });

  it('chaque import pointe vers le bas, sans cercle, et les fronts ne s’appuient que sur shared/', () => {
    expect(verifierEtages(reel)).toEqual([]);
  });

  it('place chaque chemin, même nouveau, par son préfixe', () => {
    const etage = (f: string) => placer(f)?.etage.nom ?? null;
    expect(etage('shared/lecture/document/mise-en-page/lignes.ts')).toBe('lecteurs et règles');
    expect(etage('shared/texte/normalisation.ts')).toBe('texte');
    expect(etage('shared/mois.ts')).toBe('montants, mots et dates');
    expect(etage('shared/modele/lu.ts')).toBe('modèle');
    expect(etage('sheets-addon/src/commun/verdict.ts')).toBe('commun');
    expect(etage('sheets-addon/src/docs/contrat.ts')).toBe('contrat de chaque éditeur');
    // A third editor finds its floors by the same patterns, each of its folders a room of its own.
    expect(etage('sheets-addon/src/slides/serveur/adaptateur.ts')).toBe('serveurs et panneaux');
    expect(placer('sheets-addon/src/slides/serveur/adaptateur.ts')?.piece).toBe('serveur (slides)');
    expect(placer('sheets-addon/src/sheets/fonctions/index.ts')?.piece).toBe('fonctions (sheets)');
    expect(placer('sheets-addon/src/outils/x.ts')?.piece).toBe('autre (outils)');
    expect(etage('extension/ui/tableau/Totaux.tsx')).toBe('ui/components');
    // A new top-level folder is an architectural choice: it gets a floor in the table, not by chance.
    expect(etage('shared/nouveau/x.ts')).toBeNull();
  });

  it('refuse un import qui monte, une cloison franchie, un cercle, un front appuyé sur l’autre, un fichier sans étage', () => {
    const fautes = verifierEtages(
      graphe({
        // Upward: the ground floor reaching for the readers (as dates.ts once did).
        'shared/dates.ts': ['shared/lecture/normalisation.ts'],
        // Readers and rules side by side.
        'shared/lecture/tableau.ts': ['shared/regles/regle.ts'],
        // A circle of files on one floor (as pdf.ts ↔ pdf-scanne.ts once were).
        'shared/lecture/document/pdf.ts': ['shared/lecture/document/pdf-scanne.ts'],
        'shared/lecture/document/pdf-scanne.ts': ['shared/lecture/document/pdf.ts'],
        // Rooms of one floor leaning on each other (as the registry and the plan once did).
        'shared/registre/csv.ts': ['shared/plan/lecture.ts'],
        'shared/plan/verifier.ts': ['shared/registre/contexte.ts'],
        // The add-on leaning on the extension; shared/ leaning on a front; one editor on another.
        'sheets-addon/src/sheets/serveur/index.ts': ['extension/lib/messages.ts'],
        'sheets-addon/src/docs/serveur/marques.ts': ['sheets-addon/src/sheets/serveur/marques.ts'],
        'shared/model.ts': ['extension/lib/db.ts'],
        // Extension: lib reaching up to the pages' views.
        'extension/lib/sync.ts': ['extension/ui/options/Synchro.tsx'],
        'shared/nouveau/x.ts': [],
      }),
    );
    expect(fautes).toEqual(
      expect.arrayContaining([
        'shared/dates.ts (étage « montants, mots et dates ») importe shared/lecture/normalisation.ts (étage « lecteurs et règles », plus haut) : un import ne pointe que vers le bas.',
        expect.stringMatching(/^shared\/lecture\/tableau\.ts importe shared\/regles\/regle\.ts : « lecture » et « regles » sont côte à côte/),
        "cercle d'imports : shared/lecture/document/pdf-scanne.ts → shared/lecture/document/pdf.ts → shared/lecture/document/pdf-scanne.ts.",
        expect.stringMatching(/^cercle entre pièces d'un même étage : shared:plan → shared:registre → shared:plan \(shared\/plan\/verifier\.ts → shared\/registre\/contexte\.ts ; shared\/registre\/csv\.ts → shared\/plan\/lecture\.ts\)/),
        'sheets-addon/src/sheets/serveur/index.ts importe extension/lib/messages.ts : « sheets-addon » ne s\'appuie que sur shared/.',
        expect.stringMatching(/^sheets-addon\/src\/docs\/serveur\/marques\.ts importe sheets-addon\/src\/sheets\/serveur\/marques\.ts : « serveur \(docs\) » et « serveur \(sheets\) » sont côte à côte/),
        'shared/model.ts importe extension/lib/db.ts : « shared » ne s\'appuie que sur rien hors d’elle-même.',
        expect.stringMatching(/^extension\/lib\/sync\.ts \(étage « lib »\) importe extension\/ui\/options\/Synchro\.tsx \(étage « ui\/components », plus haut\)/),
        "shared/nouveau/x.ts n'est sur aucun étage de « shared » : donnez son dossier à un étage dans test/architecture/etages.ts.",
      ]),
    );
    expect(fautes).toHaveLength(9);
  });

  it('laisse passer ce qui descend, reste dans sa pièce, ou va d’un front vers shared/', () => {
    expect(
      verifierEtages(
        graphe({
          'shared/cli/check.ts': ['shared/registre/format.ts', 'shared/texte/index.ts'],
          'shared/registre/csv/plan.ts': ['shared/plan/lecture.ts', 'shared/registre/csv/cellules.ts'],
          'extension/entrypoints/background.ts': ['extension/lib/db.ts', 'shared/model.ts'],
          'sheets-addon/src/sheets/fonctions/index.ts': ['sheets-addon/src/sheets/serveur/index.ts', 'sheets-addon/src/sheets/contrat.ts'],
          'sheets-addon/src/docs/panneau/App.tsx': ['sheets-addon/src/docs/contrat.ts', 'sheets-addon/src/commun/verdict.ts', 'shared/lettres.ts'],
        }),
      ),
    ).toEqual([]);
  });

  it('nomme chaque étage et dit pourquoi il est là', () => {
    for (const maison of MAISONS) {
      for (const etage of maison.etages) expect(etage.pourquoi.length, `${maison.nom} / ${etage.nom}`).toBeGreaterThan(20);
    }
  });
});

describe('la taille des fichiers', () => {
  it(`aucun fichier source ne dépasse ${LIGNES_MAX} lignes`, () => {
    const fichiers = fichiersSources(RACINE, ['shared', 'extension', 'sheets-addon', 'scripts', 'bench']);
    expect(fichiers.length).toBeGreaterThan(280);
    const trop = fichiers
      .map((f) => ({ f, lignes: compterLignes(readFileSync(path.join(RACINE, f), 'utf8')) }))
      .filter((x) => x.lignes > LIGNES_MAX)
      .map((x) => `${x.f} : ${x.lignes} lignes (au plus ${LIGNES_MAX} : découpez-le par ce qu'il sait)`);
    expect(trop).toEqual([]);
  });

  it('compte les lignes comme wc -l, plus une dernière ligne sans saut de ligne', () => {
    expect(compterLignes('')).toBe(0);
    expect(compterLignes('a\nb\n')).toBe(2);
    expect(compterLignes('a\nb')).toBe(2);
  });
});

describe('la lecture des imports', () => {
  it('trouve imports, réexports, imports dynamiques et de type, sur plusieurs lignes', () => {
    const source = [
      "import a from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c';",
      "import './effet';",
      "export { e } from './e';",
      "export * from './f';",
      "export type { G } from './g';",
      "const h = await import('./h');",
      "type I = typeof import('./i');",
    ].join('\n');
    expect(specificateurs(source)).toEqual(['./a', '../b', './c', './effet', './e', './f', './g', './h', './i']);
  });

  it('ignore les commentaires et ne se laisse tromper ni par les chaînes, ni par les regex, ni par les gabarits', () => {
    const source = [
      "// import x from './commentaire';",
      "/* import y from './bloc'; */",
      "const url = 'https://exemple.fr/x'; // a comment after a string holding //",
      "const motif = /['\"]\\/\\/ import z from '.\\/regex'/g;",
      "const gabarit = `import w from './gabarit' ${'}'} ${`${1}`} fin`;",
      "import { vrai } from './vrai';",
      "const quotient = a / b / c; import { apres } from './apres';",
    ].join('\n');
    expect(specificateurs(source)).toEqual(['./vrai', './apres']);
  });
});
