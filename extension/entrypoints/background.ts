// Service worker (Chrome) / background page (Firefox): owns the database and answers messages.
import { browser } from 'wxt/browser';
import { BaseJauge } from '../lib/db';
import { Gestionnaire } from '../lib/gestionnaire';
import { horlogeSysteme } from '../lib/horloge';
import { planifierSynchro } from '../lib/gestionnaire/reglages';
import { ALARME_SYNCHRO } from '../lib/sync';
import { installerMenu } from '../lib/pages';
import { annoncerChangementDonnees } from '../lib/changements';
import { lireCleGrist } from '../lib/sources/cle-grist';
import { observerRedirections } from '../lib/sources/observateur';
import { motifHote } from '../lib/sources/source';

export default defineBackground(() => {
  const gestionnaire = new Gestionnaire({
    db: new BaseJauge(),
    maintenant: horlogeSysteme,
    fetch: (...a) => fetch(...a),
    annoncerChangement: () => annoncerChangementDonnees(),
    // A host outside the manifest's optional ones (http://localhost for a test server) is not granted.
    autorise: (u) => browser.permissions.contains({ origins: [motifHote(u)] }).catch(() => false),
    observerRedirections,
    cleGrist: lireCleGrist,
  });

  browser.runtime.onInstalled.addListener(() => {
    const etat = gestionnaire.etat;
    void etat
      .assurerSemis()
      .then(() => etat.reglages())
      .then(planifierSynchro)
      // Ready before the popup's first keystroke: registry, search index and every summary.
      .then(() => etat.prechauffer())
      .catch(() => undefined);
  });

  // webextension-polyfill: a Promise returned by the listener is the answer (Chrome included).
  browser.runtime.onMessage.addListener((message: unknown, expediteur) =>
    gestionnaire.traiter(message, { tab: expediteur.tab, url: expediteur.url }),
  );

  void installerMenu().catch(() => undefined);

  browser.alarms.onAlarm.addListener((alarme) => {
    if (alarme.name === ALARME_SYNCHRO) void gestionnaire.synchroniseur.lancer().catch(() => undefined);
  });

  // No tabs listener: it would wake this worker at every navigation (or tab closed) on every site.
  // The browser clears a tab's badge when the tab navigates (e2e test); what the worker remembers of
  // a tab is replaced as soon as a page with another address asks (Gestionnaire.suivreOnglet).
});
