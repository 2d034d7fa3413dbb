// A synced registry written as a mirror of its source, in one transaction: its conventions are
// upserted (a person's edits kept, see sources/fusion), and those an earlier sync brought that the
// source no longer has are removed with their execution, unless a person edited them: those stay,
// as theirs. What was imported by hand and the embedded defaults stay. Answers what it did, counted.
import { Convention } from '../../shared/model';
import type { Registre } from '../../shared/registre/format';
import type { BaseJauge, ConventionStockee, ProvenanceConvention } from './db';
import type { BilanSynchro } from './messages';
import { fusionnerConvention, resoudreEcart } from './sources/fusion';
import { nomConvention } from '../../shared/registre/nom';
import { ecrire, type ConventionRetiree } from './stockage';

export interface ResultatMiroir {
  bilan: BilanSynchro;
  /** Removed, by id. */
  retirees: ConventionRetiree[];
  /** Edited by a person and no longer in the source: kept, now theirs. */
  gardeesHorsSource: ConventionRetiree[];
}

const modifiee = (c: ConventionStockee) => Object.keys(c.modificationsManuelles ?? {}).length > 0;
const nommer = (c: ConventionStockee): ConventionRetiree => ({ id: c.id, nom: nomConvention(c) });
const parId = (a: ConventionRetiree, b: ConventionRetiree) => a.id.localeCompare(b.id);

export async function enregistrerMiroir(db: BaseJauge, registre: Registre, options: { le: string; provenance?: ProvenanceConvention }): Promise<ResultatMiroir> {
  return db.transaction('rw', [...db.tablesDonnees, db.synchro], async () => {
    const bilan: BilanSynchro = { aJour: 0, ajoutees: 0, retirees: 0, gardees: 0 };
    await ecrire(db, registre, {
      origine: 'synchro',
      ...(options.provenance && { provenance: options.provenance }),
      fusionner(avant, c) {
        if (!avant) {
          bilan.ajoutees++;
          return fusionnerConvention(undefined, c, options.le).convention;
        }
        const f = fusionnerConvention(avant, c, options.le);
        // The person's values with the source's others must still be a valid convention; if not,
        // their stored version stays whole (valid when saved): still never overwritten.
        const valide = !f.gardee || Convention.safeParse(f.convention).success;
        if (f.gardee) bilan.gardees++;
        else bilan.aJour++;
        return valide ? f.convention : avant;
      },
    });
    const presentes = new Set(registre.conventions.map((c) => c.id));
    const absentes = (await db.conventions.where('origine').equals('synchro').toArray()).filter((c) => !presentes.has(c.id));
    const gardees = absentes.filter(modifiee);
    const retirees = absentes.filter((c) => !modifiee(c));
    await db.conventions.bulkPut(gardees.map((c): ConventionStockee => ({ ...c, origine: 'import' })));
    await db.conventions.bulkDelete(retirees.map((c) => c.id));
    await db.executions.bulkDelete(retirees.map((c) => c.id));
    bilan.retirees = retirees.length;
    bilan.gardees += gardees.length;
    return { bilan, retirees: retirees.map(nommer).sort(parId), gardeesHorsSource: gardees.map(nommer).sort(parId) };
  });
}

/** Applies a person's choice on one open difference; an error in French when it cannot be applied. */
export async function appliquerChoix(db: BaseJauge, id: string, champ: string, choix: 'mienne' | 'source'): Promise<{ ok: true } | { ok: false; erreur: string }> {
  return db.transaction('rw', db.conventions, async () => {
    const c = await db.conventions.get(id);
    if (!c) return { ok: false, erreur: 'Cette convention n’existe plus dans la base.' };
    const suite = resoudreEcart(c, champ, choix);
    if (!suite) return { ok: false, erreur: 'Ce champ n’a plus d’écart avec la source : rechargez la page.' };
    const { origine, provenance, ecartsSource, ...convention } = suite as ConventionStockee;
    const lu = Convention.safeParse(convention);
    if (!lu.success) {
      return { ok: false, erreur: `La valeur de la source ne peut pas remplacer la vôtre : ${lu.error.issues[0]?.message ?? 'convention invalide'}.` };
    }
    await db.conventions.put({ ...convention, ...(origine && { origine }), ...(provenance && { provenance }), ...(ecartsSource && { ecartsSource }) });
    return { ok: true };
  });
}
