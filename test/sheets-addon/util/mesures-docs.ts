// Measures one « Vérifier la convention » of a generated document in the vm: calls to the document
// (all of them, journaled by the DocumentApp double), properties calls, findings and wall time. Used by
// the call-count test (counts only: timings belong to the bench) and by bench/.
import { performance } from 'node:perf_hooks';
import { chargerDocs, documentDepuisTexte } from './charger-docs';

/**
 * A convention of `paragraphes` lines or more: the parties, the end date, an échéancier table whose CP
 * run ahead of the AE in 2024, a two-column Chorus table with an activity code written with a dash, the
 * signature; the rest is plain paragraphs. The same two faulty lines (and one finding without a line)
 * at any size.
 */
export function conventionDeTaille(paragraphes: number): string {
  const debut = [
    '## Convention de délégation de gestion',
    'Entre la Délégation générale à l\u2019emploi et à la formation professionnelle (DGEFP), ci-après « le délégant »,',
    'et la Direction interministérielle du numérique (DINUM), ci-après « le délégataire ».',
    'La présente convention prend fin le 31 décembre 2025.',
  ];
  const fin = [
    'Échéancier des crédits :',
    '\tAE\tCP',
    '2024\t100 000 €\t120 000 €',
    '2025\t50 000 €\t30 000 €',
    'Imputation budgétaire :',
    'Références Chorus :\t',
    'Centre financier :\t0103-CEFP-C004',
    'Activité(s) :\t01030000-2303',
    'Fait à Paris, le 28 mars 2024',
  ];
  const remplissage = Array.from(
    { length: Math.max(0, paragraphes - debut.length - fin.length) },
    (_, k) => `Le délégataire rend compte chaque trimestre de l\u2019avancement des travaux (point ${k + 1}).`,
  );
  return [...debut, ...remplissage, ...fin].join('\n');
}

export interface MesureDocs {
  paragraphes: number;
  /** Calls to DocumentApp and the document's objects, in order. */
  appelsDocument: string[];
  appelsProprietes: number;
  constats: number;
  plagesMarquees: number;
  /** Wall time of verifierConvention() alone (milliseconds). */
  dureeMs: number;
}

/** Checks a generated document once (`passage: 1`) or twice in a row (`2`, measuring the second, which first puts the marks back). */
export function mesurerVerificationDocs(paragraphes: number, passage: 1 | 2 = 1): MesureDocs {
  const document = documentDepuisTexte(conventionDeTaille(paragraphes));
  const { module } = chargerDocs(document, { aujourdhui: '2025-06-15' });
  if (passage === 2) module.verifierConvention();
  document.oublierJournal();
  const debut = performance.now();
  const rapport = module.verifierConvention();
  const dureeMs = performance.now() - debut;
  return {
    paragraphes: document.paragraphes().length,
    appelsDocument: document.appelsDocument(),
    appelsProprietes: document.journal.filter((a) => /^Propert/.test(a)).length,
    constats: rapport.constats.length,
    plagesMarquees: rapport.plagesMarquees,
    dureeMs,
  };
}
