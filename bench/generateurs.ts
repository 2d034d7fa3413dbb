// Deterministic generated data for the bench and the load tests: registries of many conventions.
import type { Convention } from '../shared/model';
import type { Registre } from '../shared/registre/format';
import { ecrireRegistreCsv } from '../shared/registre/format';

const SIGLES = ['DGEFP', 'DNE', 'MENJS', 'DGS', 'DGITM', 'DGCL', 'DREES', 'DGFIP', 'SG-MTES', 'ANCT'];
const PROGRAMMES = ['0103', '0102', '0349', '0214', '0129', '0352', '0181', '0217'];

/** A small linear congruential generator: the same data on every run. */
function alea(graine: number): () => number {
  let etat = graine >>> 0;
  return () => {
    etat = (Math.imul(etat, 1664525) + 1013904223) >>> 0;
    return etat / 2 ** 32;
  };
}

export function genererConventions(nombre: number, anneesParConvention = 2, graine = 42): Convention[] {
  const r = alea(graine);
  const conventions: Convention[] = [];
  for (let i = 0; i < nombre; i++) {
    const sigle = SIGLES[i % SIGLES.length] ?? 'DGEFP';
    const programme = PROGRAMMES[i % PROGRAMMES.length] ?? '0103';
    const debut = 2020 + Math.floor(r() * 6);
    const cf = `${programme}-C${String(i % 1000).padStart(3, '0')}-U${String(i % 100).padStart(3, '0')}`;
    const echeancier = Array.from({ length: anneesParConvention }, (_, k) => {
      const ae = Math.round(r() * 500_000) * 100;
      return { annee: debut + k, ae, cp: ae };
    });
    conventions.push({
      id: `conv-${String(i + 1).padStart(5, '0')}`,
      type: 'delegation-de-gestion',
      delegant: { sigle, nom: `Direction ${sigle}` },
      delegataire: { sigle: 'DINUM', nom: 'Direction interministérielle du numérique' },
      dateSignature: `${debut}-0${1 + (i % 9)}-15`,
      dateFin: `${debut + anneesParConvention - 1}-12-31`,
      uo: cf,
      programme,
      chorus: { centreFinancier: cf },
      echeancier,
      startups: [`startup-${i + 1}`],
    });
  }
  return conventions;
}

export function genererRegistre(nombre: number, anneesParConvention = 2): Registre {
  return {
    version: 1,
    conventions: genererConventions(nombre, anneesParConvention),
    executions: [],
    startups: Array.from({ length: nombre }, (_, i) => ({ slug: `startup-${i + 1}`, nom: `Startup numéro ${i + 1}` })),
    incubateurs: [],
  };
}

/** A registry CSV of `lignes` lines (one line per convention and year). */
export function genererRegistreCsv(lignes: number): string {
  return ecrireRegistreCsv(genererRegistre(Math.ceil(lignes / 2), 2));
}
