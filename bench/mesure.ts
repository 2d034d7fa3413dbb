// Small timing helpers for the bench: medians over repeated runs, never a pass/fail threshold.
import { performance } from 'node:perf_hooks';

export function mediane(valeurs: readonly number[]): number {
  const triees = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(triees.length / 2);
  return triees.length % 2 === 1 ? (triees[milieu] ?? 0) : ((triees[milieu - 1] ?? 0) + (triees[milieu] ?? 0)) / 2;
}

/** Median wall time of `fn` in milliseconds, after `echauffement` unmeasured runs. */
export function medianeMs(fn: () => unknown, repetitions = 7, echauffement = 2): number {
  for (let i = 0; i < echauffement; i++) fn();
  const durees: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const debut = performance.now();
    fn();
    durees.push(performance.now() - debut);
  }
  return mediane(durees);
}

export async function medianeMsAsync(fn: () => Promise<unknown>, repetitions = 5, echauffement = 1): Promise<number> {
  for (let i = 0; i < echauffement; i++) await fn();
  const durees: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const debut = performance.now();
    await fn();
    durees.push(performance.now() - debut);
  }
  return mediane(durees);
}

/** One line of the report: what was measured, the figure, its unit, and the aim when there is one. */
export interface Mesure {
  section: string;
  mesure: string;
  valeur: number;
  unite: string;
  objectif?: string;
  /** Whether the figure meets the aim (informative only: the bench never fails on a timing). */
  atteint?: boolean;
}
