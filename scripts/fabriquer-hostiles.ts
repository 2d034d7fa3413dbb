// The hostile-files campaign (issue 17): about a hundred broken and hostile inputs for every format
// Jauge reads. `npx tsx scripts/fabriquer-hostiles.ts DOSSIER [--profond]` writes them into DOSSIER
// (the large ones with --profond); `--libreoffice` remakes, with soffice, the committed files of
// test/fixtures/documents/hostiles/ that must come from another tool than Jauge's writers.
import { mkdirSync } from 'node:fs';
import { CAS_DIVERS } from './hostiles/cas-divers';
import { CAS_ODT } from './hostiles/cas-odt';
import { CAS_PDF, REFUS_PDF_PROFONDS, VISIBILITE_PDF } from './hostiles/cas-pdf';
import { CAS_WORD, FIXTURES_HOSTILES } from './hostiles/cas-word';
import { fabriquerCas } from './hostiles/campagne';
import { fabriquerAvecLibreOffice } from './hostiles/libreoffice';

export { REFUS_PDF_PROFONDS, VISIBILITE_PDF };
export const CAS_HOSTILES = [...CAS_WORD, ...CAS_ODT, ...CAS_PDF, ...REFUS_PDF_PROFONDS, ...VISIBILITE_PDF, ...CAS_DIVERS];

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cible, ...options] = process.argv.slice(2);
  if (cible === '--libreoffice') {
    fabriquerAvecLibreOffice(FIXTURES_HOSTILES);
    console.log(`Fichiers de LibreOffice écrits dans ${FIXTURES_HOSTILES}`);
  } else if (!cible) {
    console.error('Utilisation : npx tsx scripts/fabriquer-hostiles.ts DOSSIER [--profond] | --libreoffice');
    process.exitCode = 2;
  } else {
    mkdirSync(cible, { recursive: true });
    const cas = CAS_HOSTILES.filter((c) => options.includes('--profond') || !c.profond);
    for (const c of cas) fabriquerCas(c, cible);
    console.log(`${cas.length} entrées écrites dans ${cible}`);
  }
}
