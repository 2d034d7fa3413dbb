// Settings: read (defaults filled in) and write (partial, merged, validated as a whole).
import { browser } from 'wxt/browser';
import { Reglages, ZOD_FR, type ReglagesPartiels, type Reponses } from '../messages';
import { ALARME_SYNCHRO } from '../sync';
import type { Etat } from './etat';

export async function lireReglages(etat: Etat): Promise<Reglages> {
  return etat.reglages();
}

/** (Re)schedules the automatic sync from the settings. */
export async function planifierSynchro(reglages: Reglages): Promise<void> {
  if (!browser.alarms) return;
  await browser.alarms.clear(ALARME_SYNCHRO);
  if (!reglages.synchro.url && !reglages.synchro.startupsBetaGouv) return;
  const minutes = reglages.synchro.intervalleHeures * 60;
  await browser.alarms.create(ALARME_SYNCHRO, { delayInMinutes: minutes, periodInMinutes: minutes });
}

export async function ecrireReglages(etat: Etat, partiels: ReglagesPartiels): Promise<Reponses['reglages-ecrire']> {
  const actuels = await etat.reglages();
  const fusion = {
    fonctionnalites: { ...actuels.fonctionnalites, ...partiels.fonctionnalites },
    synchro: { ...actuels.synchro, ...partiels.synchro },
    clotures: { ...actuels.clotures, ...partiels.clotures },
  };
  const lu = Reglages.safeParse(fusion, ZOD_FR);
  if (!lu.success) {
    return { ok: false, erreurs: lu.error.issues.map((i) => ({ champ: i.path.map(String).join('.'), message: i.message })) };
  }
  await etat.db.reglages.put({ cle: 'reglages', valeur: lu.data });
  etat.invaliderReglages();
  const synchroChangee = JSON.stringify(actuels.synchro) !== JSON.stringify(lu.data.synchro);
  if (synchroChangee) await planifierSynchro(lu.data);
  return { ok: true, reglages: lu.data };
}
