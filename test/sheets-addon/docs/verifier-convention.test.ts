// « Vérifier la convention », « Effacer les marques » and the selection of a finding, through the built
// Docs bundle on the DocumentApp double: findings, backgrounds over the faulty paragraphs and table rows,
// exact restoration (the person's own highlights included), text never changed.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cellule, Paragraphe, Tableau } from '../util/document-modele';
import { assurerConstruction, chargerDocs, documentDepuisTexte } from '../util/charger-docs';
import { conventionDeTaille } from '../util/mesures-docs';

beforeAll(async () => {
  await assurerConstruction();
});

const FOND = { erreur: '#ffdddd', avertissement: '#feecc2', information: '#e3ebff' };
const SEED = readFileSync('../shared/seeds/000_f79b61af944d2ba6.txt', 'utf8');

function ouvrir(texte = conventionDeTaille(10)) {
  const document = documentDepuisTexte(texte);
  const { module } = chargerDocs(document, { aujourdhui: '2025-06-15' });
  return { document, module };
}

/** The body's text and the range of a paragraph's text in it. */
function place(document: ReturnType<typeof ouvrir>['document'], p: Paragraphe): [number, number] {
  let o = 0;
  for (const q of document.paragraphes()) {
    if (q === p) return [o, o + p.texte.length];
    o += q.texte.length + 1;
  }
  throw new Error('paragraphe absent');
}

const paragraphe = (document: ReturnType<typeof ouvrir>['document'], debut: string) => document.paragraphes().find((p) => p.texte.startsWith(debut))!;

describe('Vérifier la convention', () => {
  it('marque la ligne fautive du tableau et le paragraphe fautif, d’un fond selon la gravité, sans changer le texte', () => {
    const { document, module } = ouvrir();
    const avant = document.instantane();
    const rapport = module.verifierConvention();
    expect(rapport.constats.map((c) => [c.regle, c.position?.ligne ?? null, c.cible?.tableau ?? null])).toEqual([
      ['decret-delegation-non-vise', null, null],
      ['cp-cumules-superieurs-ae', 7, true],
      ['code-chorus-mal-forme', 12, true],
    ]);
    expect(rapport).toMatchObject({ lignes: 13, tableaux: 2, plagesMarquees: 2, plagesNonMarquees: 0, marquesImpossibles: '' });
    // The 2024 row (its three cells, from « 2024 » to « 120 000 € ») in red; the activity row in orange.
    const [debut2024] = place(document, paragraphe(document, '2024'));
    const [, fin2024] = place(document, paragraphe(document, '120 000 €'));
    const [debutActivite] = place(document, paragraphe(document, 'Activité(s) :'));
    const [, finActivite] = place(document, paragraphe(document, '01030000-2303'));
    expect(document.fonds()).toEqual([
      [debut2024, fin2024, FOND.erreur],
      [debutActivite, finActivite, FOND.avertissement],
    ]);
    // Only backgrounds were written.
    const textes = (json: string) => JSON.stringify((JSON.parse(json) as unknown[][][]).map((s) => s.map((p) => p.slice(0, 3))));
    expect(textes(document.instantane())).toBe(textes(avant));
    expect(document.journal.filter((a) => /\.(insert|set|append|replace|delete|remove)/.test(a) && !a.startsWith('Properties.'))).toEqual(['Text.setBackgroundColor', 'Text.setBackgroundColor']);
  });

  it('« Effacer les marques » rend exactement ce que la personne avait, ses propres surlignages compris', () => {
    const { document, module } = ouvrir();
    // The person highlighted « 100 000 € » in the faulty row in yellow, and a word elsewhere in green.
    const ae = paragraphe(document, '100 000 €');
    for (const a of ae.attributs.slice(0, 9)) a.fond = '#ffff00';
    const autre = paragraphe(document, 'La présente convention');
    for (const a of autre.attributs.slice(3, 11)) a.fond = '#b7e1cd';
    const avant = document.instantane();
    module.verifierConvention();
    // Under the mark, the yellow is covered (the mark is one colour), then put back.
    expect(ae.attributs[0]!.fond).toBe(FOND.erreur);
    const effacement = module.effacerMarques();
    expect(effacement).toEqual({ plagesRestaurees: 2, plagesPerdues: 0 });
    expect(document.instantane()).toBe(avant);
    expect(document.proprietes.size).toBe(0);
    // Nothing left to clear.
    expect(module.effacerMarques()).toEqual({ plagesRestaurees: 0, plagesPerdues: 0 });
  });

  it('une nouvelle vérification remet d’abord les marques de la précédente : vérifier, vérifier, effacer rend le document d’origine', () => {
    const { document, module } = ouvrir();
    const avant = document.instantane();
    module.verifierConvention();
    const apresUne = document.fonds();
    module.verifierConvention();
    expect(document.fonds()).toEqual(apresUne);
    module.effacerMarques();
    expect(document.instantane()).toBe(avant);
  });

  it('garde un fond que la personne a changé depuis la vérification, et retrouve une marque déplacée par une saisie', () => {
    const { document, module } = ouvrir();
    module.verifierConvention();
    // The person types a paragraph above the table and recolours the first letters of the activity row.
    const titre = paragraphe(document, 'Entre la');
    titre.texte = `Projet du 3 juin — ${titre.texte}`;
    titre.attributs.unshift(...Array.from({ length: 'Projet du 3 juin — '.length }, () => ({ fond: null, gras: false })));
    const activite = paragraphe(document, 'Activité(s) :');
    for (const a of activite.attributs.slice(0, 4)) a.fond = '#00ff00';
    module.effacerMarques();
    expect(activite.attributs.slice(0, 4).map((a) => a.fond)).toEqual(Array(4).fill('#00ff00'));
    expect(activite.attributs.slice(4, 12).every((a) => a.fond === null)).toBe(true);
    expect(document.fonds().filter(([, , f]) => f !== '#00ff00')).toEqual([]);
  });

  it('ne lit ni l’en-tête ni le pied de page', () => {
    const { document, module } = ouvrir();
    (document.entete.enfants[0] as Paragraphe).texte = 'Convention prolongée jusqu’au 31 décembre 2031';
    (document.pied.enfants[0] as Paragraphe).texte = 'Date de signature : 01/01/2020';
    const rapport = module.verifierConvention();
    expect(rapport.convention.dateFin).toBe('2025-12-31');
    expect(rapport.convention.dateSignature).toBe('2024-03-28');
  });

  it('sur la graine 000, les constats de jauge check, quatre passages marqués', () => {
    const { module } = ouvrir(SEED);
    const rapport = module.verifierConvention();
    expect(rapport.constats.map((c) => `${c.position?.ligne} ${c.regle}`)).toEqual(['52 code-chorus-mal-forme', '119 visa-cbcm-probable', '120 annee-sans-avenant', '132 code-chorus-mal-forme']);
    expect(rapport.plagesMarquees).toBe(4);
  });

  it('quand le texte du corps ne se lit pas comme prévu, lit élément par élément : mêmes constats, aucune marque, et le dit', () => {
    const { module } = ouvrir();
    const sansCible = (cs: { regle: string; gravite: string; message: string; position: unknown }[]) => cs.map(({ regle, gravite, message, position }) => ({ regle, gravite, message, position }));
    const attendu = sansCible(module.verifierConvention().constats);
    // Another document whose body text leaves the tables out (not what Docs does, but possible).
    const autre = ouvrir();
    autre.document.corpsSansTableaux = true;
    const rapport = autre.module.verifierConvention();
    expect(sansCible(rapport.constats)).toEqual(attendu);
    // No place in the document: nothing to select.
    expect(rapport.constats.every((c) => c.cible === null)).toBe(true);
    expect(rapport.plagesMarquees).toBe(0);
    expect(rapport.marquesImpossibles).toMatch(/^Les marques n’ont pas été posées : le texte du tableau 1 n’a pas été retrouvé/);
    expect(autre.document.fonds()).toEqual([]);
  });
});

describe('Sélectionner un constat', () => {
  it('sélectionne la cellule de la ligne de tableau en cause, ou le paragraphe, même déplacé depuis', () => {
    const { document, module } = ouvrir();
    const rapport = module.verifierConvention();
    const cp = rapport.constats.find((c) => c.regle === 'cp-cumules-superieurs-ae')!;
    module.selectionnerConstat(cp.cible!);
    const [morceau] = document.selection!;
    expect(morceau!.noeud).toBeInstanceOf(Cellule);
    expect((morceau!.noeud as Cellule).enfants[0]!.texte).toBe('2024');
    // A paragraph typed above: the cell is found again by its first characters.
    document.corps.ajouter(new Paragraphe('Ajout'), 0);
    module.selectionnerConstat(cp.cible!);
    expect(((document.selection![0]!.noeud as Cellule).parent!.parent as Tableau).enfants).toHaveLength(3);
    expect(() => module.selectionnerConstat({ paragraphe: 3, extrait: 'Texte disparu', tableau: false })).toThrow(
      /^Le passage n’a pas pu être sélectionné : Ce passage a changé depuis la vérification : vérifiez à nouveau la convention\.$/,
    );
  });

  it('sélectionne un paragraphe hors tableau', () => {
    const { document, module } = ouvrir();
    module.selectionnerConstat({ paragraphe: 3, extrait: 'La présente convention', tableau: false });
    expect((document.selection![0]!.noeud as Paragraphe).texte).toMatch(/^La présente convention prend fin/);
    expect(document.appelsDocument().slice(-4)).toEqual(['Document.newRange', 'RangeBuilder.addElement', 'RangeBuilder.build', 'Document.setSelection']);
  });
});
