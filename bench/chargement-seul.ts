// `npx tsx bench/chargement-seul.ts [répétitions]`: the page-load part of the extension bench alone,
// on the current build (run `npm run -s build` first), to look at its spread over several runs.
import { mesurerChargement } from './extension';

const repetitions = Number(process.argv[2] ?? 30);
for (const m of await mesurerChargement(repetitions)) {
  console.log(`${m.mesure.padEnd(72)} ${m.unite === '×' ? m.valeur.toFixed(3) : m.valeur.toFixed(1)} ${m.unite}${m.objectif ? `  (${m.objectif})` : ''}`);
}
