// Bench of the rules module: reading + checking each seed, and registry CSV validation vs papaparse alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { lireConvention } from '../shared/lecture/convention';
import { lireRegistreCsv } from '../shared/registre/format';
import { verifier } from '../shared/verifier';
import { genererRegistreCsv } from './generateurs';
import { medianeMs, type Mesure } from './mesure';

const SEEDS = path.resolve(import.meta.dirname, '../../shared/seeds');

export function benchRegles(): Mesure[] {
  const mesures: Mesure[] = [];
  for (const fichier of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const texte = readFileSync(path.join(SEEDS, fichier), 'utf8');
    const ms = medianeMs(() => verifier({ ...lireConvention(texte).contexte, aujourdhui: '2026-11-24' }), 21, 3);
    mesures.push({ section: 'règles', mesure: `lire + vérifier ${fichier}`, valeur: ms, unite: 'ms' });
  }
  const csv = genererRegistreCsv(10_000);
  const lu = lireRegistreCsv(csv);
  if (!lu.ok) throw new Error(`registre généré invalide : ${lu.erreurs[0]?.message}`);
  const validation = medianeMs(() => lireRegistreCsv(csv), 7, 2);
  const papaparse = medianeMs(() => Papa.parse(csv, { delimiter: ';', skipEmptyLines: true }), 7, 2);
  mesures.push({ section: 'règles', mesure: 'valider un registre CSV de 10 000 lignes', valeur: validation, unite: 'ms' });
  mesures.push({ section: 'règles', mesure: 'papaparse seul, même fichier', valeur: papaparse, unite: 'ms' });
  const ratio = validation / papaparse;
  mesures.push({ section: 'règles', mesure: 'validation / papaparse', valeur: ratio, unite: '×', objectif: '≤ 3', atteint: ratio <= 3 });
  return mesures;
}
