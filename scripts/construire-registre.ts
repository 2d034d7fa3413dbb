// Builds the embedded default registry `shared/data/registre-par-defaut.json` from the five seed
// conventions (../shared/seeds), their links to beta.gouv.fr (`_registre` of
// ../shared/spec/seeds.expected.json) and a snapshot of the startups and incubators concerned
// (../shared/data/betagouv-startups-sample.json). `npm run registre:construire` rewrites the file;
// a test rebuilds it in memory and compares, so the committed file never drifts from its sources.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lireConvention } from '../shared/lecture/convention';
import type { Convention, Incubateur, Startup } from '../shared/model';
import { anciensSlugsDepuisRedirections, clesStartup, normaliserSlug } from '../shared/registre/liens';
import { ecrireRegistreJson, Registre } from '../shared/registre/format';

const racineDuDepot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FICHIER_REGISTRE = path.join('shared', 'data', 'registre-par-defaut.json');

interface LienSeed {
  startups?: string[];
  incubateur?: string;
}

interface StartupEchantillon {
  slug: string;
  url?: string;
  current_phase?: string;
  incubator_ids?: string[];
  sponsor_ids?: string[];
  front_matter?: { title?: string; redirect_from?: unknown };
}

interface Echantillon {
  _source?: { commit_date?: string };
  startups: StartupEchantillon[];
  incubators: Record<string, { title?: string }>;
}

function lireJson<T>(fichier: string): T {
  try {
    return JSON.parse(readFileSync(fichier, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Impossible de lire ${fichier} : ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Adds the seed's links to what the convention text itself names (union, text first). */
function relier(c: Convention, lien: LienSeed | undefined): Convention {
  if (!lien) return c;
  const startups = [...(c.startups ?? [])];
  for (const s of lien.startups ?? []) if (!startups.includes(s)) startups.push(s);
  const relie: Convention = { ...c };
  if (startups.length > 0) relie.startups = startups;
  if (lien.incubateur !== undefined) {
    if (c.incubateur !== undefined && normaliserSlug(c.incubateur) !== normaliserSlug(lien.incubateur)) {
      throw new Error(`La convention ${c.id} nomme l'incubateur « ${c.incubateur} » mais _registre dit « ${lien.incubateur} ».`);
    }
    relie.incubateur = lien.incubateur;
  }
  return relie;
}

/**
 * The registry built from the sources under `partage` (the ../shared folder). Pure apart from reading
 * files: the same sources always give the same registry, and `genereLe` is the snapshot's date.
 */
export function construireRegistre(partage: string = path.resolve(racineDuDepot, '../shared')): Registre {
  const attendu = lireJson<{ _registre?: Record<string, LienSeed> }>(path.join(partage, 'spec', 'seeds.expected.json'));
  const liens = attendu._registre ?? {};
  const echantillon = lireJson<Echantillon>(path.join(partage, 'data', 'betagouv-startups-sample.json'));

  const dossierSeeds = path.join(partage, 'seeds');
  const fichiers = readdirSync(dossierSeeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const ids = new Set<string>();
  const conventions: Convention[] = fichiers.map((fichier) => {
    const { convention } = lireConvention(readFileSync(path.join(dossierSeeds, fichier), 'utf8'));
    // The reader's id (`dgefp-2024-03-28`) is readable and stable; a second convention signed the
    // same day by the same délégant gets `-2`.
    let id = convention.id;
    for (let n = 2; ids.has(id); n++) id = `${convention.id}-${n}`;
    ids.add(id);
    // `sources` are line numbers in the seed text: meaningless once in the registry.
    const { sources: _sources, ...sansSources } = convention;
    return relier({ ...sansSources, id }, liens[fichier]);
  });

  // Startups named by a convention, and those of an incubator a convention funds.
  const slugsDirects = new Set(conventions.flatMap((c) => c.startups ?? []).map(normaliserSlug));
  const incubateursRelies = new Set(conventions.flatMap((c) => (c.incubateur ? [normaliserSlug(c.incubateur)] : [])));
  const startups: Startup[] = [];
  for (const s of echantillon.startups) {
    const incubateursDeLaStartup = (s.incubator_ids ?? []).map(normaliserSlug);
    const viaIncubateur = incubateursDeLaStartup.find((i) => incubateursRelies.has(i));
    // Renamed pages: `/startups/<ancien>` entries of redirect_from, so old links and conventions still find it.
    const anciens = anciensSlugsDepuisRedirections(s.front_matter?.redirect_from, s.slug);
    const nommee = [s.slug, ...(anciens ?? [])].some((slug) => slugsDirects.has(normaliserSlug(slug)));
    if (!nommee && viaIncubateur === undefined) continue;
    const startup: Startup = { slug: s.slug, nom: (s.front_matter?.title ?? s.slug).trim() };
    // A co-incubated startup is filed under the incubator that links it to a convention.
    const incubateur = viaIncubateur !== undefined ? (s.incubator_ids ?? []).find((i) => normaliserSlug(i) === viaIncubateur) : s.incubator_ids?.[0];
    if (incubateur) startup.incubateur = incubateur;
    if (s.sponsor_ids && s.sponsor_ids.length > 0) startup.sponsors = [...s.sponsor_ids];
    if (s.current_phase) startup.phase = s.current_phase;
    if (s.url) startup.url = s.url;
    if (anciens) startup.anciensSlugs = anciens;
    startups.push(startup);
  }
  const manquantes = [...slugsDirects].filter((slug) => !startups.some((s) => clesStartup(s).includes(slug)));
  if (manquantes.length > 0) throw new Error(`Startups liées absentes de l'échantillon beta.gouv.fr : ${manquantes.join(', ')}.`);
  startups.sort((a, b) => a.slug.localeCompare(b.slug, 'fr'));

  const idsIncubateurs = new Set<string>([...incubateursRelies, ...startups.flatMap((s) => (s.incubateur ? [normaliserSlug(s.incubateur)] : []))]);
  const incubateurs: Incubateur[] = Object.entries(echantillon.incubators)
    .filter(([id]) => idsIncubateurs.has(normaliserSlug(id)))
    .map(([id, inc]) => ({ id, nom: (inc.title ?? id).trim() }))
    .sort((a, b) => a.id.localeCompare(b.id, 'fr'));

  const registre: Registre = { version: 1, conventions, executions: [], startups, incubateurs };
  const date = echantillon._source?.commit_date;
  if (date) registre.genereLe = date;
  const valide = Registre.safeParse(registre);
  if (!valide.success) throw new Error(`Registre construit invalide : ${valide.error.message}`);
  return valide.data;
}

/** The file's text: the registry through ecrireRegistreJson (stable field order and formatting). */
export function texteRegistre(partage?: string): string {
  return ecrireRegistreJson(construireRegistre(partage));
}

function principal(): void {
  const cible = path.join(racineDuDepot, FICHIER_REGISTRE);
  const texte = texteRegistre();
  writeFileSync(cible, texte, 'utf8');
  const r = Registre.parse(JSON.parse(texte));
  console.log(`${FICHIER_REGISTRE} : ${r.conventions.length} conventions, ${r.startups.length} startups, ${r.incubateurs.length} incubateurs.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    principal();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
