// Smallest and largest of a list, however long: `Math.min(...liste)` passes every value as an
// argument and overflows the stack past about a hundred thousand (a hostile page's glyphs).

export function minimum(valeurs: Iterable<number>): number {
  let m = Infinity;
  for (const v of valeurs) if (v < m) m = v;
  return m;
}

export function maximum(valeurs: Iterable<number>): number {
  let m = -Infinity;
  for (const v of valeurs) if (v > m) m = v;
  return m;
}
