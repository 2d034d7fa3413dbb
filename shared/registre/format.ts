// The registry formats, in one place for the fronts: the zod schema, the JSON and CSV readers and writers.
export { Registre, ERREURS_MAX, type ErreurRegistre, type ResultatRegistre } from './schema';
export { lireRegistreJson, ecrireRegistreJson } from './json';
export { lireRegistreCsv } from './csv/lecture';
export { ecrireRegistreCsv } from './csv/ecriture';
