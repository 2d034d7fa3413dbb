// What an add-on remembers in the document's properties (PropertiesService.getDocumentProperties()):
// one JSON value cut into chunks, because a property value holds 9 KB and all of them 500 KB. Keys are
// `<cle>` (the chunk count) and `<cle>.0…n-1`; chunks are pure ASCII so characters and bytes count the same.

/** A property value may hold 9 KB; chunks are pure ASCII (see ascii()), so 8 000 characters fit. */
export const TAILLE_MORCEAU = 8000;
/** The document's properties hold 500 KB in all; Jauge keeps its memory of marks well under that. */
export const BUDGET_MEMOIRE = 400_000;

/** Non-ASCII characters as \u escapes, so that characters and bytes count the same. */
export function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The size a value takes once stored (ASCII JSON). */
export function tailleStockee(valeur: unknown): number {
  return ascii(JSON.stringify(valeur)).length;
}

/** A value as properties to write under `cle`, chunked. */
export function enMorceaux(cle: string, valeur: unknown): Record<string, string> {
  const json = ascii(JSON.stringify(valeur));
  const proprietes: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < json.length; i += TAILLE_MORCEAU) proprietes[`${cle}.${n++}`] = json.slice(i, i + TAILLE_MORCEAU);
  proprietes[cle] = String(n);
  return proprietes;
}

/** The value stored under `cle`, or undefined when there is none or it is unreadable (never throws). */
export function depuisMorceaux(cle: string, proprietes: Readonly<Record<string, string>>): unknown {
  try {
    const n = Number(proprietes[cle]);
    if (!Number.isInteger(n) || n < 1) return undefined;
    let json = '';
    for (let i = 0; i < n; i++) {
      const morceau = proprietes[`${cle}.${i}`];
      if (typeof morceau !== 'string') return undefined;
      json += morceau;
    }
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Is `k` one of the keys of the value stored under `cle`? */
export function estCleDe(cle: string, k: string): boolean {
  return k === cle || k.startsWith(`${cle}.`);
}

/** The properties without the value stored under `cle`. */
export function sans(cle: string, proprietes: Readonly<Record<string, string>>): Record<string, string> {
  const autres: Record<string, string> = {};
  for (const [k, v] of Object.entries(proprietes)) if (!estCleDe(cle, k)) autres[k] = v;
  return autres;
}
