// Bench section « hostiles »: the campaign of scripts/fabriquer-hostiles.ts, large inputs included,
// each read by the CLI in a process of its own; the table of every input's time and peak memory is
// printed, and the worst of each is reported against the design's bounds (60 s, 1 GiB).
import { CAS_HOSTILES } from '../scripts/fabriquer-hostiles';
import { DUREE_MAX_CAMPAGNE_MS, executerCampagne, MEMOIRE_MAX_CAMPAGNE_MIO, tableauCampagne } from '../scripts/hostiles/campagne';
import type { Mesure } from './mesure';

export async function benchHostiles(): Promise<Mesure[]> {
  const debut = performance.now();
  const resultats = await executerCampagne(CAS_HOSTILES, 2);
  const mur = performance.now() - debut;
  console.log(`Campagne des fichiers hostiles (grandes entrées comprises)\n${tableauCampagne(resultats)}\n`);
  const duree = Math.max(...resultats.map((r) => r.duree));
  const memoire = Math.max(...resultats.map((r) => r.memoire));
  const nom = (f: (r: (typeof resultats)[number]) => number, v: number) => resultats.find((r) => f(r) === v)?.cas.nom ?? '';
  return [
    { section: 'hostiles', mesure: `entrées lues (${resultats.length}), campagne entière, 2 à la fois`, valeur: mur / 1000, unite: 's' },
    { section: 'hostiles', mesure: `la plus longue : ${nom((r) => r.duree, duree)}`, valeur: duree / 1000, unite: 's', objectif: '≤ 60 s', atteint: duree <= DUREE_MAX_CAMPAGNE_MS },
    { section: 'hostiles', mesure: `la plus gourmande : ${nom((r) => r.memoire, memoire)}`, valeur: memoire, unite: 'Mio', objectif: '≤ 1 024 Mio', atteint: memoire <= MEMOIRE_MAX_CAMPAGNE_MIO },
  ];
}
