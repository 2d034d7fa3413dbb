// The two helpers that write into the document, through the built Docs bundle: the selected amount in
// words right after it, and a plan's échéancier after the cursor's paragraph. Each writes once, at that
// place, and nothing anywhere else.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import { texteAvenant } from '../../../shared/plan/avenant';
import { lirePlan } from '../../../shared/plan/lecture';
import { analyserPlan } from '../../../shared/plan/analyse';
import { assurerConstruction, chargerDocs, documentDepuisTexte } from '../util/charger-docs';
import { Paragraphe, Tableau } from '../util/document-modele';
import { conventionDeTaille } from '../util/mesures-docs';

beforeAll(async () => {
  await assurerConstruction();
});

function ouvrir() {
  const document = documentDepuisTexte(conventionDeTaille(10).replace('prend fin le 31 décembre 2025.', 'prend fin le 31 décembre 2025 pour un montant de 2 500 000 € au plus.'));
  const { module } = chargerDocs(document, { aujourdhui: '2025-06-15' });
  const p = document.paragraphes().find((x) => x.texte.startsWith('La présente convention'))!;
  return { document, module, p };
}

/** The document without the paragraph `p`, to show that nothing else changed. */
const ailleurs = (document: ReturnType<typeof ouvrir>['document'], p: Paragraphe) => JSON.stringify(document.paragraphes().filter((x) => x !== p).map((x) => [x.texte, x.attributs]));

/** What a spreadsheet puts in the clipboard: cells separated by tabs, rows by line breaks. */
function planCopie(): string {
  const lu = lireCsv(readFileSync('test/fixtures/plans/blog-beta-gouv-2025.csv', 'utf8'));
  if (!lu.ok) throw new Error(lu.erreur);
  return lu.grille.map((l) => l.join('\t')).join('\n');
}

describe('Insérer le montant en lettres', () => {
  it('écrit le montant sélectionné en lettres juste après lui, en une insertion, et rien d’autre', () => {
    const { document, module, p } = ouvrir();
    const avantAilleurs = ailleurs(document, p);
    const debut = p.texte.indexOf('2 500 000 €');
    document.selectionnerTexte(p, debut, debut + '2 500 000 €'.length - 1);
    document.oublierJournal();
    expect(module.insererMontantEnLettres(false)).toEqual({ insere: 'deux millions cinq cent mille euros' });
    expect(p.texte).toBe('La présente convention prend fin le 31 décembre 2025 pour un montant de 2 500 000 € (deux millions cinq cent mille euros) au plus.');
    expect(ailleurs(document, p)).toBe(avantAilleurs);
    expect(document.journal.filter((a) => /\.(insert|set|append|replace|delete|remove)/.test(a) && !a.startsWith('Propert'))).toEqual(['Text.insertText']);
  });

  it('suit l’orthographe de 1990, et le menu reprend le choix fait dans le panneau', () => {
    const { document, module, p } = ouvrir();
    const debut = p.texte.indexOf('2 500 000 €');
    document.selectionnerTexte(p, debut, debut + 10);
    expect(module.insererMontantEnLettres(true).insere).toBe('deux millions cinq-cent-mille euros');
    // Next time, from the menu, on the amount just before the cursor: the same spelling.
    document.corps.ajouter(new Paragraphe('Plafond : 321 €'));
    const dernier = document.paragraphes().at(-1)!;
    document.placerCurseur(dernier, dernier.texte.length);
    module.menuInsererMontantEnLettres();
    expect(dernier.texte).toBe('Plafond : 321 € (trois-cent-vingt-et-un euros)');
    expect(document.alertes).toEqual([]);
  });

  it('refuse en français : rien de sélectionné, pas un montant, des lettres déjà là', () => {
    const { document, module, p } = ouvrir();
    expect(() => module.insererMontantEnLettres(false)).toThrow(/^Sélectionnez un montant en chiffres dans le texte/);
    document.selectionnerTexte(p, 0, 1);
    expect(() => module.insererMontantEnLettres(false)).toThrow(/^«\sLa\s» : Montant illisible/);
    const debut = p.texte.indexOf('2 500 000 €');
    document.selectionnerTexte(p, debut, debut + 10);
    module.insererMontantEnLettres(false);
    const texte = p.texte;
    document.selectionnerTexte(p, debut, debut + 10);
    expect(() => module.insererMontantEnLettres(false)).toThrow(/est déjà suivi d’une parenthèse : rien n’a été inséré\.$/);
    expect(p.texte).toBe(texte);
    // From the menu, the refusal is a message box.
    document.selection = null;
    module.menuInsererMontantEnLettres();
    expect(document.alertes).toEqual(['Sélectionnez un montant en chiffres dans le texte (par exemple « 2 500 000 € »).']);
  });
});

describe('Insérer l’échéancier d’un plan', () => {
  it('insère la phrase du module plan et le tableau Année | AE | CP juste après le paragraphe du curseur', () => {
    const { document, module, p } = ouvrir();
    const enfantsAvant = [...document.corps.enfants];
    document.placerCurseur(p, 4);
    const colle = planCopie();
    expect(module.insererEcheancierDuPlan(colle).insere).toMatch(/^Échéancier prévisionnel des crédits mis à disposition .* \(3\u00a0années\)$/);
    const i = enfantsAvant.indexOf(p);
    // Everything before and after is the same, in the same order: two elements were added, there.
    expect(document.corps.enfants.filter((e) => enfantsAvant.includes(e))).toEqual(enfantsAvant);
    const [phrase, tableau] = document.corps.enfants.slice(i + 1, i + 3);
    const lu = lireCsv(colle);
    if (!lu.ok) throw new Error(lu.erreur);
    const plan = lirePlan(lu.grille);
    if (!plan.ok) throw new Error(plan.erreur);
    const [attenduePhrase, ...rangees] = texteAvenant(analyserPlan(plan.plan.entree)).split('\n');
    expect((phrase as Paragraphe).texte).toBe(attenduePhrase);
    expect((tableau as Tableau).enfants.map((r) => r.enfants.map((c) => c.enfants[0]!.texte))).toEqual(rangees.map((r) => r.split('\t')));
    expect(rangees[0]).toBe('Année\tAutorisations d\u2019engagement (AE)\tCrédits de paiement (CP)');
    expect(rangees.at(-1)).toMatch(/^Total\t700\s000\s€/);
  });

  it('refuse sans curseur, dans un tableau, et un plan illisible en nommant la cellule', () => {
    const { document, module } = ouvrir();
    expect(() => module.insererEcheancierDuPlan(planCopie())).toThrow(/^L’échéancier n’a pas été inséré : Placez le curseur dans le document/);
    const cellule = document.paragraphes().find((x) => x.texte === '2024')!;
    document.placerCurseur(cellule, 0);
    expect(() => module.insererEcheancierDuPlan(planCopie())).toThrow(/Le curseur est dans un tableau/);
    document.placerCurseur(document.paragraphes()[0]!, 0);
    expect(() => module.insererEcheancierDuPlan('')).toThrow(/^Collez d’abord le plan/);
    const faux = planCopie().replace('125 000 €', 'cent vingt-cinq k');
    expect(() => module.insererEcheancierDuPlan(faux)).toThrow(/^cellule C6 du plan collé : /);
  });
});
