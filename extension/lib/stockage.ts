// Reads and writes a whole registry in the database. Every write is ONE Dexie transaction over
// the four data tables: it lands entirely or not at all.
import type { Registre } from '../../shared/registre/format';
import type { Convention } from '../../shared/model';
import type { BaseJauge, StartupStockee } from './db';

export async function chargerRegistre(db: BaseJauge): Promise<Registre> {
  const [conventions, executions, startups, incubateurs, genere] = await Promise.all([
    db.conventions.toArray(),
    db.executions.toArray(),
    db.startups.toArray(),
    db.incubateurs.toArray(),
    db.synchro.get('registre-genere-le'),
  ]);
  return {
    version: 1,
    ...(genere?.cle === 'registre-genere-le' && { genereLe: genere.valeur }),
    conventions: conventions.sort((a, b) => a.id.localeCompare(b.id)),
    executions,
    // `source` is ours, not part of the registry format.
    startups: startups.map(({ source: _source, ...s }) => s),
    incubateurs,
  };
}

/** Keeps a multi-entry index exact: trimmed, distinct, non-empty slugs. */
function nettoyerConvention(c: Convention): Convention {
  if (!c.startups) return c;
  return { ...c, startups: [...new Set(c.startups.map((s) => s.trim()).filter(Boolean))] };
}

export interface OptionsEcriture {
  /** Empty the data tables first (reset); otherwise rows are merged by id. */
  remplacer?: boolean;
}

/**
 * Writes a validated registry. Merge rules: conventions, startups and incubators are upserted by
 * id; the execution of every convention in the registry is replaced by the registry's (or removed
 * when the registry has none for it), since the registry is the truth for those conventions.
 */
export async function enregistrerRegistre(db: BaseJauge, registre: Registre, options: OptionsEcriture = {}): Promise<void> {
  await db.transaction('rw', [...db.tablesDonnees, db.synchro], async () => {
    if (options.remplacer) await Promise.all(db.tablesDonnees.map((t) => t.clear()));
    const ids = registre.conventions.map((c) => c.id);
    await db.executions.bulkDelete(ids);
    await db.conventions.bulkPut(registre.conventions.map(nettoyerConvention));
    await db.executions.bulkPut(registre.executions);
    await db.startups.bulkPut(registre.startups.map((s): StartupStockee => ({ ...s, source: 'registre' })));
    await db.incubateurs.bulkPut(registre.incubateurs);
    if (registre.genereLe) await db.synchro.put({ cle: 'registre-genere-le', valeur: registre.genereLe });
  });
}

/** Startups from the beta.gouv.fr API: new ones added; known ones get a fresh name/phase/sponsors/url,
 * but keep the incubator the registry gives (the budget link is the registry's to decide). */
export async function fusionnerStartupsApi(
  db: BaseJauge,
  startups: StartupStockee[],
  incubateurs: { id: string; nom: string }[],
): Promise<void> {
  await db.transaction('rw', [db.startups, db.incubateurs], async () => {
    const existantes = new Map((await db.startups.bulkGet(startups.map((s) => s.slug))).flatMap((s) => (s ? [[s.slug, s]] : [])));
    const lignes = startups.map((s): StartupStockee => {
      const avant = existantes.get(s.slug);
      if (!avant || avant.source === 'api') return { ...s, source: 'api' };
      return { ...avant, nom: s.nom, ...(s.phase && { phase: s.phase }), ...(s.sponsors && { sponsors: s.sponsors }), ...(s.url && { url: s.url }) };
    });
    await db.startups.bulkPut(lignes);
    const connus = new Set((await db.incubateurs.bulkGet(incubateurs.map((i) => i.id))).flatMap((i) => (i ? [i.id] : [])));
    await db.incubateurs.bulkPut(incubateurs.filter((i) => !connus.has(i.id)));
  });
}
