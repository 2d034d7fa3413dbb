// The spread of repeated timings: quartiles (linear interpolation), so a ratio comes with its
// interquartile range and a noisy machine shows as such instead of as a single flattering figure.

export function quantile(valeurs: readonly number[], p: number): number {
  const triees = [...valeurs].sort((a, b) => a - b);
  if (triees.length === 0) return Number.NaN;
  const x = (triees.length - 1) * p;
  const bas = Math.floor(x);
  const haut = Math.min(bas + 1, triees.length - 1);
  return triees[bas]! + (triees[haut]! - triees[bas]!) * (x - bas);
}

/** « 1,02 (1,00–1,05) »: median and interquartile range, two decimals, French. */
export function medianeEtQuartiles(valeurs: readonly number[]): string {
  const f = (v: number) => v.toFixed(2).replace('.', ',');
  return `${f(quantile(valeurs, 0.5))} (${f(quantile(valeurs, 0.25))}–${f(quantile(valeurs, 0.75))})`;
}
