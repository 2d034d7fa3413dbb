// The background's message handler: validates every request, dispatches it, and wraps the
// answer in `{ ok, valeur | erreur }`. Nothing thrown inside reaches the caller as an exception.
import { browser } from 'wxt/browser';
import { VERSION_SCHEMA } from '../db';
import { lireRequete, type Reponses, type Requete, type ResumeConvention, type Resultat } from '../messages';
import { afficherBadge, effacerBadge } from '../badge-barre';
import { Synchroniseur } from '../sync';
import { conventionsIncubateur, conventionsStartup, conventionsStartups, detail, indexRecherche, rechercherConventions, rechercherIds } from './consultation';
import { Etat, type Dependances } from './etat';
import { listerEcarts, resoudre } from './ecarts';
import { exporter, enregistrerConventions, importer } from './fichiers';
import { modifierConvention, referentielBetaGouv, verifierConventionEditee } from './edition';
import { ecrireReglages, lireReglages } from './reglages';

export interface Expediteur {
  tab?: { id?: number };
  url?: string;
}

const PAGES_BETA = /^https:\/\/beta\.gouv\.fr\//;

/** Tabs whose beta.gouv.fr page the toolbar badge follows, at most (the most recent ones). */
export const ONGLETS_SUIVIS = 200;

export class Gestionnaire {
  readonly etat: Etat;
  readonly synchroniseur: Synchroniseur;
  /** Conventions shown per tab (by page URL and by kind of look-up), for the toolbar badge. */
  private readonly parOnglet = new Map<number, { url: string; parType: Map<string, ResumeConvention[]> }>();

  constructor(deps: Dependances) {
    this.etat = new Etat(deps);
    this.synchroniseur = new Synchroniseur(this.etat);
  }

  /** Entry point for `runtime.onMessage`: always resolves, never rejects. */
  async traiter(message: unknown, expediteur: Expediteur = {}): Promise<Resultat<unknown>> {
    const lu = lireRequete(message);
    if (!lu.ok) return { ok: false, erreur: lu.erreur };
    try {
      await this.etat.assurerSemis();
      const valeur = await this.repondre(lu.requete);
      await this.suivreOnglet(lu.requete, valeur, expediteur).catch(() => undefined);
      return { ok: true, valeur };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, erreur: `Erreur interne de l'extension (${lu.requete.type}) : ${detail}` };
    }
  }

  private async repondre(r: Requete): Promise<Reponses[Requete['type']]> {
    const etat = this.etat;
    switch (r.type) {
      case 'conventions-startup':
        return conventionsStartup(etat, r);
      case 'conventions-incubateur':
        return conventionsIncubateur(etat, r);
      case 'conventions-startups':
        return conventionsStartups(etat, r);
      case 'rechercher':
        return rechercherConventions(etat, r);
      case 'index-recherche':
        return indexRecherche(etat);
      case 'rechercher-ids':
        return rechercherIds(etat, r);
      case 'detail':
        return detail(etat, r);
      case 'importer':
        return importer(etat, r);
      case 'enregistrer-conventions':
        return enregistrerConventions(etat, r);
      case 'referentiel-betagouv':
        return referentielBetaGouv(etat);
      case 'verifier-convention':
        return verifierConventionEditee(etat, r);
      case 'modifier-convention':
        return modifierConvention(etat, r);
      case 'exporter':
        return exporter(etat, r);
      case 'synchroniser':
        return this.synchroniseur.lancer();
      case 'etat-synchro':
        return this.synchroniseur.etatCourant();
      case 'reinitialiser':
        return { nombre: await etat.semer() };
      case 'reglages-lire':
        return lireReglages(etat);
      case 'reglages-ecrire':
        return ecrireReglages(etat, r.reglages);
      case 'inventaire': {
        const db = etat.db;
        const [conventions, executions, startups, incubateurs] = await Promise.all(db.tablesDonnees.map((t) => t.count()));
        const exemples = await db.conventions.where('origine').equals('defaut').count();
        return {
          conventions: conventions!,
          exemple: conventions! > 0 && exemples === conventions,
          executions: executions!,
          startups: startups!,
          incubateurs: incubateurs!,
          versionSchema: VERSION_SCHEMA,
        };
      }
      case 'portefeuille':
        return { ...(await etat.portefeuille()), horodatage: etat.horodatage() };
      case 'ecarts-source':
        return listerEcarts(etat);
      case 'resoudre-ecart':
        return resoudre(etat, r);
      case 'ouvrir-detail': {
        // The popup reads its route from the hash; getURL's path type does not know hashes.
        const getURL = browser.runtime.getURL as (chemin: string) => string;
        const url = getURL(`/popup.html#/convention/${encodeURIComponent(r.conventionId)}`);
        await browser.tabs.create({ url });
        return { ouvert: true };
      }
    }
  }

  /** Keeps the toolbar badge of a beta.gouv.fr tab in step with what its content scripts asked. */
  private async suivreOnglet(r: Requete, valeur: unknown, expediteur: Expediteur): Promise<void> {
    const tabId = expediteur.tab?.id;
    const url = expediteur.url ?? '';
    if (tabId === undefined || !PAGES_BETA.test(url)) return;
    let resumes: ResumeConvention[];
    if (r.type === 'conventions-startup' || r.type === 'conventions-incubateur') {
      resumes = (valeur as Reponses['conventions-startup']).conventions;
    } else if (r.type === 'conventions-startups') {
      resumes = Object.values(valeur as Reponses['conventions-startups']).flat();
    } else return;
    const reglages = await this.etat.reglages();
    if (!reglages.fonctionnalites['badge-barre-outils']) return effacerBadge(tabId);
    let suivi = this.parOnglet.get(tabId);
    if (!suivi || suivi.url !== url) {
      suivi = { url, parType: new Map() };
      this.parOnglet.delete(tabId);
      this.parOnglet.set(tabId, suivi);
      // Closed tabs are not followed (no tabs listener): keep the most recent ones only.
      if (this.parOnglet.size > ONGLETS_SUIVIS) this.parOnglet.delete(this.parOnglet.keys().next().value!);
    }
    suivi.parType.set(r.type, resumes);
    await afficherBadge(tabId, [...suivi.parType.values()].flat());
  }

  /** How many tabs are followed (the worker may live for days in Firefox). */
  get ongletsSuivis(): number {
    return this.parOnglet.size;
  }
}
