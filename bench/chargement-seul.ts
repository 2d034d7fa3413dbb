// `npx tsx bench/chargement-seul.ts [répétitions]`: the page-load part of the extension bench alone
// (bench/extension.ts, mesurerChargement), on the current build (`npm run -s build` first; another
// build with JAUGE_SORTIE=…), to see its spread over several runs without running the whole bench.
import { mesurerChargement } from './extension';

const repetitions = Number(process.argv[2] ?? 30);
for (const m of await mesurerChargement(repetitions)) {
  console.log(`${m.mesure.padEnd(100)} ${m.unite === '×' ? m.valeur.toFixed(3) : m.valeur.toFixed(2)} ${m.unite}${m.objectif ? `  (${m.objectif})` : ''}`);
}
