// How many cases a property test draws. `npm test` (and so CI) runs a quick pass: a tenth of the deep
// count (at least 100, fast-check's default, unless the deep count is lower), always with the fixed
// seed of graine.ts, so a green commit stays green. `npm run test:profond` (JAUGE_PROFOND=1) draws the
// full count each property was written with; with JAUGE_GRAINE=aleatoire it explores new draws.
export const PROFOND = process.env.JAUGE_PROFOND === '1';

/** The deep count under `npm run test:profond`, else `rapide` (by default a tenth of it, at least 100). */
export function essais(profond: number, rapide = Math.min(profond, Math.max(100, Math.round(profond / 10)))): number {
  return PROFOND ? profond : rapide;
}
