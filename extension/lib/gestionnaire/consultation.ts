// Read-only look-ups: by startup, by incubator, batched for cards, search, detail.
import type { Startup } from '../../../shared/model';
import { conventionsPourIncubateur, conventionsPourStartup, normaliserSlug, startupPourSlug } from '../../../shared/registre/liens';
import { Chercheur, rechercher, type IndexRecherche } from '../../../shared/registre/recherche';
import type { DonneesRechercheCompactes, Reponses, RequeteDe, ResumeConvention } from '../messages';
import { comparerResumes } from '../resume';
import { compacterDonneesRecherche } from '../recherche-transport';
import type { Etat } from './etat';

/** One Chercheur per generation of summaries (their order is the urgency the ties follow). */
const chercheursParUrgence = new WeakMap<ResumeConvention[], Chercheur>();

// Slugs are resolved by shared/registre/liens (`_` of API ids is `-` in page URLs, any case, former slugs).

export async function conventionsStartup(etat: Etat, r: RequeteDe<'conventions-startup'>): Promise<Reponses['conventions-startup']> {
  const registre = await etat.registre();
  // A renamed startup's old page (`/startups/expositionIJ.html`) gets the startup it became.
  const startup = startupPourSlug(registre, r.slug) ?? null;
  const calculs = await etat.calculs(conventionsPourStartup(registre, r.slug));
  return { startup, conventions: calculs.map((c) => c.resume).sort(comparerResumes) };
}

export async function conventionsIncubateur(etat: Etat, r: RequeteDe<'conventions-incubateur'>): Promise<Reponses['conventions-incubateur']> {
  const registre = await etat.registre();
  const incubateur = registre.incubateurs.find((i) => normaliserSlug(i.id) === normaliserSlug(r.id)) ?? null;
  const calculs = await etat.calculs(conventionsPourIncubateur(registre, r.id));
  return { incubateur, conventions: calculs.map((c) => c.resume).sort(comparerResumes) };
}

export async function conventionsStartups(etat: Etat, r: RequeteDe<'conventions-startups'>): Promise<Reponses['conventions-startups']> {
  const registre = await etat.registre();
  const reponse: Reponses['conventions-startups'] = {};
  for (const slug of new Set(r.slugs)) {
    const calculs = await etat.calculs(conventionsPourStartup(registre, slug));
    reponse[slug] = calculs.map((c) => c.resume).sort(comparerResumes);
  }
  return reponse;
}

export async function rechercherConventions(etat: Etat, r: RequeteDe<'rechercher'>): Promise<Reponses['rechercher']> {
  const limite = r.limite ?? 50;
  // Unfiltered: the whole registry worst first, sorted once per generation (see Etat.resumesTries).
  if (r.requete.trim() === '') return (await etat.resumesTries()).slice(0, limite);
  // Relevance, then urgency (the unfiltered list's order, once the warm-up has computed it: a search
  // never computes the whole registry), as the pages' local search ranks.
  const index = await etat.index();
  const tries = await etat.resumesTriesPrets();
  let chercheur: Chercheur | undefined;
  if (tries) {
    chercheur = chercheursParUrgence.get(tries);
    if (!chercheur || chercheur.index !== index) chercheursParUrgence.set(tries, (chercheur = new Chercheur(index, tries.map((t) => t.id))));
  }
  const trouves = chercheur ? chercheur.chercher(r.requete, limite).resultats : rechercher(index, r.requete, limite);
  // Only the `limite` best get a status computed (and memoised): never the whole registry per keystroke.
  const calculs = await etat.calculsParId(trouves.map((t) => t.conventionId));
  return calculs.map((c) => c.resume);
}

/** The last answer per generation: the same data give the same columns, built once for every page that opens. */
const compactes = new WeakMap<ResumeConvention[], { index: IndexRecherche; donnees: DonneesRechercheCompactes }>();

/** The index and the summaries of the popup's (and dashboard's) local search, one message per page. */
export async function indexRecherche(etat: Etat): Promise<Reponses['index-recherche']> {
  const [index, tries] = await Promise.all([etat.index(), etat.resumesTries()]);
  const deja = compactes.get(tries);
  if (deja && deja.index === index) return deja.donnees;
  const resumes = tries.map(({ id, libelle, titre, startups, nomsStartups, incubateur, phase, niveau, texteNiveau, texteBadge }) => ({
    id,
    libelle,
    ...(titre !== undefined && { titre }),
    startups,
    nomsStartups,
    ...(incubateur !== undefined && { incubateur }),
    phase,
    niveau,
    texteNiveau,
    texteBadge,
  }));
  const donnees = compacterDonneesRecherche({ index, resumes });
  compactes.set(tries, { index, donnees });
  return donnees;
}

/** Every match of the popup's search, ids only: no status computed, a small answer even for 5 000. */
export async function rechercherIds(etat: Etat, r: RequeteDe<'rechercher-ids'>): Promise<Reponses['rechercher-ids']> {
  const index = await etat.index();
  return rechercher(index, r.requete, index.conventions.length || 1).map((t) => t.conventionId);
}

export async function detail(etat: Etat, r: RequeteDe<'detail'>): Promise<Reponses['detail']> {
  const calcul = await etat.calcul(r.conventionId);
  if (!calcul) return null;
  const registre = await etat.registre();
  // Each slug as a startup page would resolve it: a former slug names the renamed startup.
  const nommees = new Set((calcul.convention.startups ?? []).map((slug) => startupPourSlug(registre, slug)));
  const startups: Startup[] = registre.startups.filter((s) => nommees.has(s));
  const incubateur = calcul.convention.incubateur ? registre.incubateurs.find((i) => i.id === calcul.convention.incubateur) : undefined;
  const stockee = await etat.db.conventions.get(r.conventionId);
  const source = stockee?.origine ? { origine: stockee.origine, ...stockee.provenance } : undefined;
  return {
    ...(source && { source }),
    convention: calcul.convention,
    ...(calcul.execution && { execution: calcul.execution }),
    statut: calcul.statut,
    constats: calcul.constats,
    startups,
    ...(incubateur && { incubateur }),
    resume: calcul.resume,
    aujourdhui: etat.aujourdhui(),
  };
}
