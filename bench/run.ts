// `npm run bench`: one table of figures (medians, same run, side by side), also written to bench/last.json.
// It never fails the build on a timing: machines are noisy; the aims are shown, not enforced.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDocuments } from './documents';
import type { Mesure } from './mesure';
import { benchCroissance } from './croissance';
import { benchExtension } from './extension';
import { benchHostiles } from './hostiles';
import { benchModuleDocs } from './module-docs';
import { benchModuleSheets } from './module-sheets';
import { benchPlan } from './plan';
import { benchOcr } from './ocr';
import { benchRegles } from './regles';

function formater(m: Mesure): string {
  const entier = m.unite === 'appels';
  const valeur = entier ? String(m.valeur) : m.unite === '×' || m.valeur < 10 ? m.valeur.toFixed(2) : m.valeur.toFixed(1);
  const etat = m.atteint === undefined ? '' : m.atteint ? '  ✓' : '  ✗';
  return `| ${m.section.padEnd(10)} | ${m.mesure.padEnd(68)} | ${(m.unite === 'oui' || m.unite === 'non' ? m.unite : `${valeur} ${m.unite}`).padStart(14)} | ${(m.objectif ?? '').padEnd(10)}${etat} |`;
}

const sections: Array<[string, () => Promise<Mesure[]> | Mesure[]]> = [
  ['règles', benchRegles],
  ['croissance', benchCroissance],
  ['extension', benchExtension],
  ['sheets', benchModuleSheets],
  ['docs', benchModuleDocs],
  ['documents', benchDocuments],
  ['plan', benchPlan],
  ['ocr', benchOcr],
  ['hostiles', benchHostiles],
];

// `npm run bench -- documents ocr`: only those sections (the machine may be shared); last.json is then left as it was.
const choisies = process.argv.slice(2);
const mesures: Mesure[] = [];
for (const [nom, bench] of sections.filter(([nom]) => choisies.length === 0 || choisies.includes(nom))) {
  try {
    mesures.push(...(await bench()));
  } catch (e) {
    console.error(`bench « ${nom} » : ${(e as Error).message}`);
    mesures.push({ section: nom, mesure: `échec : ${(e as Error).message}`, valeur: Number.NaN, unite: '' });
  }
}
console.log(`| ${'section'.padEnd(10)} | ${'mesure'.padEnd(68)} | ${'valeur'.padStart(14)} | ${'objectif'.padEnd(12)} |`);
console.log(`|${'-'.repeat(12)}|${'-'.repeat(70)}|${'-'.repeat(16)}|${'-'.repeat(14)}|`);
for (const m of mesures) console.log(formater(m));
if (choisies.length === 0) {
  const fichier = path.join(import.meta.dirname, 'last.json');
  writeFileSync(fichier, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, mesures }, null, 2)}\n`);
  console.log(`\nRapport écrit dans ${path.relative(process.cwd(), fichier)}`);
}
