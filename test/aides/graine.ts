// Property tests draw from one seed per run, printed when a property fails, so any counterexample
// can be replayed. CI uses a fixed seed, so that a green commit stays green (a rare draw once failed
// a CI run for a defect found by chance); JAUGE_GRAINE=aleatoire explores new draws, a number replays one.
import fc from 'fast-check';

const demande = process.env.JAUGE_GRAINE;
const graine = demande === 'aleatoire' ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(demande ?? 20261204);
fc.configureGlobal({ seed: Number.isInteger(graine) ? graine : 20261204 });
