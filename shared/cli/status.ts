// `jauge status [ID|SLUG] [--today D] [--registry FILE] [--json]`: each convention's budget status.
import { compteARebours } from '../portefeuille/calendrier';
import { formaterDate } from '../dates';
import type { Constat, Convention, Execution, Statut } from '../model';
import { formaterMontant } from '../montant';
import { contexteDepuisConvention } from '../modele/contexte';
import { registreParDefaut } from '../registre/defaut';
import { lireRegistreCsv, lireRegistreJson, type Registre } from '../registre/format';
import { conventionsPourIncubateur, conventionsPourStartup, normaliserSlug, startupsParCle } from '../registre/liens';
import { statut } from '../statut';
import { verifier } from '../verifier';
import { detecterFormat } from '../lecture/detection';
import { lireDocument } from './document';
import { resumeConstats } from './presentation';
import { echec, json, succes, type EnvironnementCli, type SortieCli } from './sortie';

export const LIBELLE_PHASE: Record<Statut['phase'], string> = { 'a-venir': 'à venir', 'en-cours': 'en cours', echue: 'échue' };
export const LIBELLE_NIVEAU: Record<Statut['niveau'], string> = { ok: 'OK', attention: 'attention', alerte: 'alerte' };

export interface StatutConvention {
  convention: Convention;
  statut: Statut;
  constats: Constat[];
}

/** Checks then computes the status of every convention of a registry (the CLI's main job). */
export function statutsDuRegistre(registre: Registre, conventions: readonly Convention[], aujourdhui: string): StatutConvention[] {
  // One map, built once: looking each convention's execution up by scanning was quadratic.
  const executions = new Map<string, Execution>();
  for (const e of registre.executions) if (!executions.has(e.conventionId)) executions.set(e.conventionId, e);
  return conventions.map((convention) => {
    const execution: Execution | undefined = executions.get(convention.id);
    const constats = verifier(contexteDepuisConvention(convention, execution, aujourdhui));
    return { convention, constats, statut: statut(convention, execution, aujourdhui, { constats }) };
  });
}

export function choisirConventions(registre: Registre, cle: string | undefined): Convention[] | null {
  if (cle === undefined) return registre.conventions;
  const parId = registre.conventions.filter((c) => c.id.toLowerCase() === cle.toLowerCase());
  if (parId.length > 0) return parId;
  const parStartup = conventionsPourStartup(registre, cle);
  if (parStartup.length > 0) return parStartup;
  const parIncubateur = conventionsPourIncubateur(registre, cle);
  return parIncubateur.length > 0 ? parIncubateur : null;
}

/** The names of a registry's startups (by slug, former slugs included) and incubators, looked up once for all conventions. */
export interface NomsDuRegistre {
  startup(slug: string): string | undefined;
  incubateur(id: string): string | undefined;
}

export function indexerNoms(registre: Registre): NomsDuRegistre {
  const startups = startupsParCle(registre.startups);
  const incubateurs = new Map<string, string>();
  for (const i of registre.incubateurs) if (!incubateurs.has(i.id)) incubateurs.set(i.id, i.nom);
  return {
    startup: (slug) => startups.get(normaliserSlug(slug))?.nom,
    incubateur: (id) => incubateurs.get(id),
  };
}

function titre(c: Convention, noms: NomsDuRegistre): string {
  const parties = [c.delegant.sigle ?? c.delegant.nom, c.delegataire.sigle ?? c.delegataire.nom].filter(Boolean).join(' → ');
  const nomsStartups = (c.startups ?? []).map((slug) => noms.startup(slug) ?? slug);
  if (c.incubateur) nomsStartups.push(`incubateur ${noms.incubateur(c.incubateur) ?? c.incubateur}`);
  return `${parties || c.id}${nomsStartups.length > 0 ? ` — ${nomsStartups.join(', ')}` : ''}`;
}

function echeance(s: Statut, c: Convention): string {
  if (!c.dateFin || s.joursRestants === null) return 'date de fin inconnue';
  const date = formaterDate(c.dateFin);
  if (s.phase === 'echue') return `échue le ${date}`;
  if (s.phase === 'a-venir') return `débute le ${c.dateSignature ? formaterDate(c.dateSignature) : '?'}, jusqu'au ${date}`;
  return `jusqu'au ${date} (${compteARebours(s.joursRestants)})`;
}

/** One convention's status in words; pass `noms` (indexerNoms) when describing many of one registry. */
export function decrireStatut({ convention: c, statut: s, constats }: StatutConvention, registre: Registre, noms: NomsDuRegistre = indexerNoms(registre)): string {
  const lignes = [
    `● ${LIBELLE_NIVEAU[s.niveau].toUpperCase()} · ${LIBELLE_PHASE[s.phase]} — ${titre(c, noms)}  [${c.id}]`,
    `    ${echeance(s, c)} · AE ${formaterMontant(s.totaux.ae)} · CP ${formaterMontant(s.totaux.cp)}`,
  ];
  if (s.execution) {
    const taux = s.execution.tauxEngagement === null ? '—' : `${s.execution.tauxEngagement.toLocaleString('fr-FR')} %`;
    lignes.push(`    engagé ${formaterMontant(s.execution.aeEngagees)} (${taux}) · payé ${formaterMontant(s.execution.cpPayes)}`);
  }
  lignes.push(`    constats : ${resumeConstats(constats)}`);
  for (const a of s.alertes) lignes.push(`    ${a.niveau === 'alerte' ? '✖' : '⚠'} ${a.message}`);
  if (s.prochainComite) lignes.push(`    prochain comité d'investissement : ${formaterDate(s.prochainComite)}`);
  return lignes.join('\n');
}

export function chargerRegistre(fichier: string | undefined, env: EnvironnementCli): { ok: true; registre: Registre } | { ok: false; erreur: string } {
  if (fichier === undefined) return { ok: true, registre: registreParDefaut };
  const doc = lireDocument(fichier, env);
  if (!doc.ok) return doc;
  const format = detecterFormat(doc.texte);
  if (format !== 'registre-json' && format !== 'registre-csv') {
    return { ok: false, erreur: `« ${fichier} » n'est pas un registre (JSON ou CSV d'une ligne par convention et par année).` };
  }
  const lu = format === 'registre-json' ? lireRegistreJson(doc.texte) : lireRegistreCsv(doc.texte);
  if (!lu.ok) return { ok: false, erreur: `registre « ${fichier} » invalide :\n${lu.erreurs.map((e) => `  - ${e.message}`).join('\n')}` };
  return lu;
}

export function commandeStatus(
  cle: string | undefined,
  fichierRegistre: string | undefined,
  enJson: boolean,
  aujourdhui: string,
  env: EnvironnementCli,
): SortieCli {
  const charge = chargerRegistre(fichierRegistre, env);
  if (!charge.ok) return echec(charge.erreur);
  const { registre } = charge;
  const conventions = choisirConventions(registre, cle);
  if (conventions === null) return echec(`aucune convention, startup ni incubateur « ${cle} » dans le registre.`);
  const statuts = statutsDuRegistre(registre, conventions, aujourdhui);
  if (enJson) {
    return json({ aujourdhui, statuts: statuts.map(({ convention, statut: s, constats }) => ({ conventionId: convention.id, statut: s, constats })) });
  }
  const source = fichierRegistre ?? 'registre par défaut';
  const entete = `Jauge — statut au ${formaterDate(aujourdhui)} (${source}, ${statuts.length} convention${statuts.length > 1 ? 's' : ''})`;
  const noms = indexerNoms(registre);
  return succes(`${entete}\n\n${statuts.map((s) => decrireStatut(s, registre, noms)).join('\n\n')}\n`);
}
