// Reads beta.gouv.fr's public startups list (JSON:API, /api/v2.7/startups.json) into our Startup
// rows. The site emits it with Liquid, without JSON-escaping, so every field is checked by hand.
import type { Incubateur } from '../../shared/model';
import { anciensSlugsDepuisRedirections } from '../../shared/registre/liens';
import type { StartupStockee } from './db';

export const URL_API_STARTUPS = 'https://beta.gouv.fr/api/v2.7/startups.json';

export type ResultatApi =
  | { ok: true; startups: StartupStockee[]; incubateurs: Incubateur[]; ignorees: number }
  | { ok: false; erreur: string };

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const texte = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The current phase = the one with the latest start (as the site's own latest_phase does). */
function phaseCourante(phases: unknown): string | undefined {
  if (!Array.isArray(phases)) return undefined;
  let meilleure: { nom: string; debut: string } | undefined;
  for (const p of phases) {
    if (!estObjet(p)) continue;
    const nom = texte(p.name);
    const debut = texte(p.start) ?? '';
    if (nom && (!meilleure || debut >= meilleure.debut)) meilleure = { nom, debut };
  }
  return meilleure?.nom;
}

/** `_` in API ids becomes `-` in page URLs (Jekyll slugify). */
export function urlStartup(id: string): string {
  return `https://beta.gouv.fr/startups/${encodeURIComponent(id.replace(/_/g, '-'))}.html`;
}

export function lireStartupsApi(contenu: string): ResultatApi {
  let json: unknown;
  try {
    json = JSON.parse(contenu);
  } catch (e) {
    return { ok: false, erreur: `Réponse illisible (JSON invalide : ${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!estObjet(json) || !Array.isArray(json.data)) return { ok: false, erreur: 'Réponse inattendue : la liste « data » des startups est absente.' };
  const startups: StartupStockee[] = [];
  let ignorees = 0;
  for (const entree of json.data) {
    const id = estObjet(entree) ? texte(entree.id) : undefined;
    const attributs = estObjet(entree) && estObjet(entree.attributes) ? entree.attributes : undefined;
    const nom = attributs ? texte(attributs.name) : undefined;
    if (!id || !attributs || !nom || id.length > 300) {
      ignorees++;
      continue;
    }
    const relations = estObjet(entree) && estObjet(entree.relationships) ? entree.relationships : {};
    const incubateur = estObjet(relations.incubator) && estObjet(relations.incubator.data) ? texte(relations.incubator.data.id) : undefined;
    const sponsors = Array.isArray(attributs.sponsors) ? attributs.sponsors.filter((s): s is string => typeof s === 'string') : undefined;
    const phase = phaseCourante(attributs.phases);
    // Renamed pages (front matter `redirect_from`): v2.7 lists leave it out, v3 files carry it.
    const anciensSlugs = anciensSlugsDepuisRedirections(attributs.redirect_from, id);
    startups.push({
      slug: id,
      nom,
      ...(incubateur && { incubateur }),
      ...(sponsors && { sponsors }),
      ...(phase && { phase }),
      url: urlStartup(id),
      ...(anciensSlugs && { anciensSlugs }),
      source: 'api',
    });
  }
  if (startups.length === 0) return { ok: false, erreur: 'Réponse inattendue : aucune startup lisible.' };
  const incubateurs: Incubateur[] = [];
  for (const inclus of Array.isArray(json.included) ? json.included : []) {
    if (!estObjet(inclus) || inclus.type !== 'incubator') continue;
    const id = texte(inclus.id);
    const nom = estObjet(inclus.attributes) ? texte(inclus.attributes.title) : undefined;
    if (id && nom) incubateurs.push({ id, nom });
  }
  return { ok: true, startups, incubateurs, ignorees };
}
