// Search without a message per keystroke, for the popup and the dashboard: one `index-recherche`
// message brings the background's search index and every convention's summary, then each query is
// answered in the page by shared/registre/recherche's Chercheur (bench/PROFIL-recherche.md: the
// round trip per keystroke was most of the latency).
import { Chercheur } from '../../shared/registre/recherche';
import { envoyer } from './envoyer';
import { deployerDonneesRecherche } from './recherche-transport';
import type { DonneesRecherche, ResumeRecherche, Resultat } from './messages';

export interface ReponseLocale {
  /** The `limite` best (an empty query: the most urgent first, as the background lists them). */
  resultats: ResumeRecherche[];
  /** How many conventions match (all of them for an empty query). */
  total: number;
}

export class RechercheLocale {
  readonly chercheurIndex: Chercheur;
  private readonly parId: Map<string, ResumeRecherche>;

  constructor(readonly donnees: DonneesRecherche) {
    // Equal scores in urgency order: the summaries come most urgent first.
    this.chercheurIndex = new Chercheur(donnees.index, donnees.resumes.map((r) => r.id));
    this.parId = new Map(donnees.resumes.map((r) => [r.id, r]));
  }

  get taille(): number {
    return this.donnees.resumes.length;
  }

  chercher(requete: string, limite: number): ReponseLocale {
    if (requete.trim() === '') return { resultats: this.donnees.resumes.slice(0, limite), total: this.donnees.resumes.length };
    const { resultats, total } = this.chercheurIndex.chercher(requete, limite);
    return { resultats: resultats.flatMap((r) => this.parId.get(r.conventionId) ?? []), total };
  }
}

/** Every convention matching a query, best first (the dashboard filters its rows with them). */
export function idsTrouves(locale: RechercheLocale, requete: string): string[] {
  return locale.chercheurIndex.chercher(requete, Math.max(locale.taille, 1)).resultats.map((r) => r.conventionId);
}

/** Asks the background once; the vocabulary is built here, before any keystroke needs it. */
export async function chargerRechercheLocale(): Promise<Resultat<RechercheLocale>> {
  const r = await envoyer({ type: 'index-recherche' });
  if (!r.ok) return r;
  try {
    return { ok: true, valeur: new RechercheLocale(deployerDonneesRecherche(r.valeur)) };
  } catch (e) {
    return { ok: false, erreur: `index de recherche illisible (${e instanceof Error ? e.message : String(e)})` };
  }
}
