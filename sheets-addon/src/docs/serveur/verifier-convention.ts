// « Vérifier la convention »: read the open document's body, check it as `jauge check` checks the same
// text, mark each faulty paragraph or table row (after putting back the previous check's marks), and
// return the report. The text is never changed: only backgrounds are written.
import type { RapportDocs } from '../contrat';
import { aujourdhui, ecrireFonds, fondA, indicesDeMiseEnForme, lireDocument, lireParElements, lireProprietes, remplacerProprietes } from './adaptateur';
import { assemblerTexte, texteDesElements } from './lecture';
import { decoderPlages, encoderPlages, estCleMarquesDocs, fondsParPassage, planifierMarques, planifierRestauration } from './marques';
import { sansMarquesDocs } from './effacer-marques';
import { analyserTexte } from './rapport';

export function verifierConvention(): RapportDocs {
  const lu = lireDocument();
  const jour = aujourdhui();
  const assemble = assemblerTexte(lu.corps, lu.tables);
  if (!assemble.ok) {
    // The body's text did not read as expected: read it element by element; the check is the same,
    // but no mark can be placed (offsets unknown), and the report says so.
    const texte = texteDesElements(lireParElements());
    const analyse = analyserTexte(texte, jour);
    return {
      constats: analyse.constats,
      comptes: analyse.comptes,
      convention: analyse.convention,
      lignes: texte.split('\n').length,
      tableaux: lu.tables.length,
      plagesMarquees: 0,
      plagesNonMarquees: analyse.constats.filter((c) => c.position?.ligne !== undefined).length,
      marquesImpossibles: `Les marques n\u2019ont pas été posées : ${assemble.raison}.`,
    };
  }
  const { texte } = assemble;
  const analyse = analyserTexte(texte.texte, jour, texte.lignes, lu.corps);

  const proprietes = lireProprietes();
  const anciennes = decoderPlages(proprietes);
  // Put back the previous check's marks first, so that what is read under the new ones is the person's.
  let indices = anciennes.length > 0 || analyse.plages.length > 0 ? indicesDeMiseEnForme(lu.texte) : [];
  if (anciennes.length > 0) {
    const restauration = planifierRestauration(anciennes, lu.corps, indices, fondsParPassage(indices, (o) => fondA(lu.texte, o)));
    ecrireFonds(lu.texte, restauration.ecritures);
    if (restauration.ecritures.length > 0 && analyse.plages.length > 0) indices = indicesDeMiseEnForme(lu.texte);
  }
  const plan = planifierMarques(analyse.plages, lu.corps, indices, fondsParPassage(indices, (o) => fondA(lu.texte, o)));
  // Remember before writing: marks written but not remembered could never be cleared.
  if (anciennes.length > 0 || plan.stockees.length > 0 || Object.keys(proprietes).some(estCleMarquesDocs)) {
    remplacerProprietes({ ...sansMarquesDocs(proprietes), ...(plan.stockees.length > 0 ? encoderPlages(plan.stockees) : {}) });
  }
  ecrireFonds(lu.texte, plan.ecritures);
  return {
    constats: analyse.constats,
    comptes: analyse.comptes,
    convention: analyse.convention,
    lignes: texte.lignes.length,
    tableaux: texte.tableaux,
    plagesMarquees: plan.stockees.length,
    plagesNonMarquees: plan.nonMarquees + analyse.sansPlage,
    marquesImpossibles: '',
  };
}
