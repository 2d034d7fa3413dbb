// « Vérifier la convention »: read the open document's body, check it as `jauge check` checks the same
// text, mark each faulty paragraph or table row (after putting back the previous check's marks), and
// return the report. The text is never changed: only backgrounds are written.
import type { RapportDocs } from '../contrat';
import { aujourdhui, ecrireFonds, fondA, indicesDeMiseEnForme, lireDocument, lireParElements, lireProprietes, remplacerProprietes } from './adaptateur';
import { assemblerTexte, texteDesElements } from './lecture';
import { decoderPlages, encoderPlages, estCleMarquesDocs, fondsParPassage, planifierMarques, planifierRestauration, trierMarques } from './marques';
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
  let indices = anciennes.length > 0 || analyse.plages.length > 0 ? indicesDeMiseEnForme(lu.texte) : [];
  // An unchanged passage keeps its mark; the others are put back first, so that what is read under the
  // new marks is the person's.
  const tri = trierMarques(anciennes, analyse.plages, lu.corps, indices, fondsParPassage(indices, (o) => fondA(lu.texte, o)));
  if (tri.aRestaurer.length > 0) {
    const restauration = planifierRestauration(tri.aRestaurer, lu.corps, indices, fondsParPassage(indices, (o) => fondA(lu.texte, o)));
    ecrireFonds(lu.texte, restauration.ecritures);
    if (restauration.ecritures.length > 0 && tri.aMarquer.length > 0) indices = indicesDeMiseEnForme(lu.texte);
  }
  const plan = planifierMarques(tri.aMarquer, lu.corps, indices, fondsParPassage(indices, (o) => fondA(lu.texte, o)));
  const stockees = [...tri.gardees, ...plan.stockees].sort((a, b) => a.debut - b.debut);
  // Remember before writing: marks written but not remembered could never be cleared.
  const memoire = stockees.length > 0 ? encoderPlages(stockees) : {};
  const avant = Object.fromEntries(Object.entries(proprietes).filter(([k]) => estCleMarquesDocs(k)));
  if (JSON.stringify(memoire) !== JSON.stringify(avant)) remplacerProprietes({ ...sansMarquesDocs(proprietes), ...memoire });
  ecrireFonds(lu.texte, plan.ecritures);
  return {
    constats: analyse.constats,
    comptes: analyse.comptes,
    convention: analyse.convention,
    lignes: texte.lignes.length,
    tableaux: texte.tableaux,
    plagesMarquees: stockees.length,
    plagesNonMarquees: plan.nonMarquees + analyse.sansPlage,
    marquesImpossibles: '',
  };
}
