// Turns a convention and its status into the few French words a badge, a card or a search
// result shows. Computed in the background so content scripts ship no formatting code.
import type { Convention, Execution, Niveau, Startup, Statut } from '../../shared/model';
import { formaterDateCourte } from '../../shared/dates';
import { formaterMontant, formaterMontantCourt } from '../../shared/montant';
import { nomPartie, partenaire, prochaineDateCle } from '../../shared/portefeuille/ligne';
import { TEXTE_NIVEAU, texteNiveau } from '../../shared/portefeuille/colonnes';
import { compteARebours } from '../../shared/portefeuille/calendrier';
import { normaliserSlug } from '../../shared/registre/liens';
import type { ResumeConvention } from './messages';

export { TEXTE_NIVEAU };

/** Below this many days left, a running convention shows a countdown (`J-37`). */
export const SEUIL_COMPTE_A_REBOURS = 90;


const POURCENT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });


export function libelleConvention(c: Convention): string {
  const qui = partenaire(c);
  if (c.type === 'partenariat-fast') return `Partenariat FAST ${qui}`;
  if (c.type === 'avenant') return `Avenant ${qui}`;
  return `Convention ${qui}`;
}

export function pourcent(taux: number): string {
  return `${POURCENT.format(taux)}\u202f%`;
}

/** `échue le 31 déc. 2025`, `J-37`, `AE 2,5 M€ · 72 % engagés · J-37`, `débute le 1 janv. 2026`. */
export function texteBadge(c: Convention, s: Statut): string {
  if (s.phase === 'echue') return c.dateFin ? `échue le ${formaterDateCourte(c.dateFin)}` : 'échue';
  if (s.phase === 'a-venir') return c.dateSignature ? `débute le ${formaterDateCourte(c.dateSignature)}` : 'à venir';
  const morceaux: string[] = [];
  if (s.totaux.ae > 0) morceaux.push(`AE ${formaterMontantCourt(s.totaux.ae)}`);
  const taux = s.execution?.tauxEngagement;
  if (taux !== undefined && taux !== null) morceaux.push(`${pourcent(taux)} engagés`);
  if (s.joursRestants === null) morceaux.push('date de fin inconnue');
  else if (s.joursRestants <= SEUIL_COMPTE_A_REBOURS) morceaux.push(compteARebours(s.joursRestants));
  else if (c.dateFin) morceaux.push(`jusqu'au ${formaterDateCourte(c.dateFin)}`);
  return morceaux.length > 0 ? morceaux.join(' · ') : 'en cours';
}

function periode(c: Convention): string {
  const debut = c.dateSignature ? formaterDateCourte(c.dateSignature) : null;
  const fin = c.dateFin ? formaterDateCourte(c.dateFin) : null;
  if (debut && fin) return `${debut} – ${fin}`;
  if (fin) return `jusqu'au ${fin}`;
  if (debut) return `depuis le ${debut}, fin inconnue`;
  return 'dates inconnues';
}

function texteTotaux(s: Statut): string {
  const morceaux = [`AE ${formaterMontant(s.totaux.ae)}`, `CP ${formaterMontant(s.totaux.cp)}`];
  const taux = s.execution?.tauxEngagement;
  if (taux !== undefined && taux !== null) morceaux.push(`${pourcent(taux)} engagés`);
  return morceaux.join(' · ');
}

function prochaineDate(s: Statut): ResumeConvention['prochaineDate'] {
  const suivante = prochaineDateCle(s);
  if (!suivante) return undefined;
  return { date: suivante.date, libelle: suivante.libelle, texte: `${formaterDateCourte(suivante.date)} : ${suivante.libelle}` };
}

export function resumerConvention(
  c: Convention,
  s: Statut,
  /** `startups`: from startupsParCle (shared/registre/liens), keyed by normalised slug, former ones included. */
  options: { execution?: Execution; nombreConstats: number; startups: ReadonlyMap<string, Startup> },
): ResumeConvention {
  const slugs = c.startups ?? [];
  return {
    id: c.id,
    libelle: libelleConvention(c),
    type: c.type,
    ...(c.titre && { titre: c.titre }),
    delegant: nomPartie(c.delegant),
    delegataire: nomPartie(c.delegataire),
    ...(c.dateSignature && { dateSignature: c.dateSignature }),
    ...(c.dateFin && { dateFin: c.dateFin }),
    phase: s.phase,
    niveau: s.niveau,
    joursRestants: s.joursRestants,
    texteBadge: texteBadge(c, s),
    texteNiveau: texteNiveau(s.niveau, s.phase),
    startups: [...slugs],
    nomsStartups: slugs.map((slug) => options.startups.get(normaliserSlug(slug))?.nom ?? slug),
    ...(c.incubateur && { incubateur: c.incubateur }),
    totaux: { ...s.totaux },
    texteTotaux: texteTotaux(s),
    periode: periode(c),
    ...(s.execution && { tauxEngagement: s.execution.tauxEngagement, tauxPaiement: s.execution.tauxPaiement }),
    alertes: s.alertes.map((a) => ({ niveau: a.niveau, message: a.message })),
    ...(prochaineDate(s) && { prochaineDate: prochaineDate(s) }),
    nombreConstats: options.nombreConstats,
  };
}

const RANG_NIVEAU: Record<Niveau, number> = { alerte: 0, attention: 1, ok: 2 };
const RANG_PHASE: Record<Statut['phase'], number> = { 'en-cours': 0, 'a-venir': 1, echue: 2 };

/** Worst niveau first, then running before coming before ended, then the nearest end. */
export function comparerResumes(a: ResumeConvention, b: ResumeConvention): number {
  return (
    RANG_NIVEAU[a.niveau] - RANG_NIVEAU[b.niveau] ||
    RANG_PHASE[a.phase] - RANG_PHASE[b.phase] ||
    (a.phase === 'echue'
      ? (b.dateFin ?? '').localeCompare(a.dateFin ?? '')
      : (a.joursRestants ?? Infinity) - (b.joursRestants ?? Infinity)) ||
    a.id.localeCompare(b.id)
  );
}

export function pireNiveau(resumes: readonly ResumeConvention[]): Niveau | null {
  let pire: Niveau | null = null;
  for (const r of resumes) if (pire === null || RANG_NIVEAU[r.niveau] < RANG_NIVEAU[pire]) pire = r.niveau;
  return pire;
}
