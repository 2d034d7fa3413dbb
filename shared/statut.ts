// A convention's budget status on a given day: phase, days left, totals, execution rates, the key
// dates and the alerts that explain the niveau. `aujourdhui` is always a parameter (no clock here).
import { libelleChamp } from './champs';
import { estDateIso, formaterDate, joursEntre } from './dates';
import type { Alerte, Constat, Convention, DateCle, Execution, Phase, Statut } from './model';
import { formaterMontant } from './montant';
import {
  CLOTURES_PAR_DEFAUT,
  bornes,
  cloturesAVenir,
  comitesSemestriels,
  dateDeCloture,
  dernierJourPreavis,
  prochainComiteSemestriel,
  prochaineCloture,
  projeterEpuisement,
  type Clotures,
  type Projection,
} from './statut/calendrier';
import { anneesEnAttenteDAvenant } from './statut/avenants';
import { consommation, depassements, totaux, type Consommation, type Depassement } from './statut/consommation';
import { alertesPlan } from './plan/convention';
import { compter } from './texte';

export { CLOTURES_PAR_DEFAUT, type Clotures } from './statut/calendrier';

export interface OptionsStatut {
  /** Findings of `verifier` on this convention: any error makes the status an alert. */
  constats?: readonly Constat[];
  /** Year-end cut-offs, 'MM-DD' (defaults: orders 12-12, payments 11-30). */
  clotures?: Partial<Clotures>;
}

/** Within this many days, an end of term calls for attention. */
export const SEUIL_FIN_JOURS = 90;
/** Engaged share of the AE (in %) from which the status calls for attention. */
export const SEUIL_ENGAGEMENT = 80;
/** Within this many days, a committee or a cut-off calls for attention. */
export const SEUIL_ECHEANCE_JOURS = 30;

const NOMBRES = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'];

function dans(jours: number): string {
  if (jours === 0) return "aujourd'hui";
  if (jours === 1) return 'demain';
  return `dans ${compter(jours, 'jour')}`;
}

function pourcent(x: number): string {
  return `${x.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}

function phaseDe(convention: Convention, aujourdhui: string): Phase {
  const { debut, fin } = bornes(convention);
  if (debut && aujourdhui < debut) return 'a-venir';
  if (fin && aujourdhui > fin) return 'echue';
  if (!debut) {
    // Unsigned (or signature unknown): not started while its first budget year is still ahead.
    const premiere = Math.min(...convention.echeancier.map((l) => l.annee));
    if (Number.isFinite(premiere) && premiere > Number(aujourdhui.slice(0, 4))) return 'a-venir';
  }
  return 'en-cours';
}

function libelleDepassement(d: Depassement, sorte: 'AE engagées' | 'CP payés', prevus: 'AE' | 'CP'): string {
  const ecart = formaterMontant(d.realise - d.prevu);
  return d.annee === null
    ? `${sorte} (${formaterMontant(d.realise)}) au-delà des ${prevus} de la convention (${formaterMontant(d.prevu)}), soit ${ecart} de trop`
    : `${sorte} en ${d.annee} (${formaterMontant(d.realise)}) au-delà des ${prevus} ${prevus === 'AE' ? 'prévues' : 'prévus'} pour ${d.annee} (${formaterMontant(d.prevu)})`;
}

function alertesErreurs(constats: readonly Constat[], echeancier: Convention['echeancier']): Alerte[] {
  const erreurs = constats.filter((c) => c.gravite === 'erreur');
  if (erreurs.length === 0) return [];
  // Where, in words (« UO, AE 2024 »), never the rules' ids: the findings list says what each one is.
  const champs = [...new Set(erreurs.flatMap((c) => (c.position?.champ ? [libelleChamp(c.position.champ, echeancier)] : [])))];
  const ou = champs.length > 0 ? ` (${champs.join(', ')})` : '';
  return [
    {
      code: 'constats-en-erreur',
      niveau: 'alerte',
      message:
        `${compter(erreurs.length, 'erreur relevée', 'erreurs relevées')} dans la convention ou son échéancier${ou} : ` +
        'corrigez-les avant de vous fier à ce suivi.',
    },
  ];
}

function alertesDepassement(convention: Convention, execution: Execution, total: { ae: number; cp: number }, conso: Consommation): Alerte[] {
  const alertes: Alerte[] = [];
  const ae = depassements(convention, execution, total.ae, 'aeEngagees');
  if (ae.length > 0) {
    alertes.push({
      code: 'ae-engagees-depassees',
      niveau: 'alerte',
      message: `${ae.map((d) => libelleDepassement(d, 'AE engagées', 'AE')).join(' ; ')} : suspendez les engagements et demandez un avenant au délégant.`,
    });
  }
  const cp = depassements(convention, execution, total.cp, 'cpPayes');
  const phrases = cp.map((d) => libelleDepassement(d, 'CP payés', 'CP'));
  if (conso.cpPayes > conso.aeEngagees) {
    phrases.push(`CP payés (${formaterMontant(conso.cpPayes)}) au-delà des AE engagées (${formaterMontant(conso.aeEngagees)})`);
  }
  if (phrases.length > 0) {
    alertes.push({
      code: 'cp-payes-depasses',
      niveau: 'alerte',
      message: `${phrases.join(' ; ')} : on ne paie que des engagements couverts par des CP ; vérifiez les chiffres Chorus.`,
    });
  }
  return alertes;
}

/** The occurrences a list of key dates is built from: the next one of each kind (statut) or all (calendar). */
interface Occurrences {
  comites: readonly string[];
  commandes: readonly string[];
  paiements: readonly string[];
  /** Years waiting for an avenant, with the day their avenant is needed by (calendar only). */
  avenants?: readonly { annee: number; date: string }[];
}

const parDate = (a: DateCle, b: DateCle): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The key dates, sorted; past ones are left out except the end of term. */
function datesCles(convention: Convention, aujourdhui: string, occurrences: Occurrences, projection: Projection | null): DateCle[] {
  const { debut, fin } = bornes(convention);
  const dates: DateCle[] = [];
  for (const comite of occurrences.comites) {
    dates.push({
      code: 'comite-semestriel',
      date: comite,
      libelle: `Comité d'investissement semestriel (tous les six mois depuis la signature du ${formaterDate(debut!)})`,
    });
  }
  if (fin) dates.push({ code: 'fin', date: fin, libelle: fin < aujourdhui ? 'Fin de la convention (échue)' : 'Fin de la convention' });
  const preavis = dernierJourPreavis(convention);
  if (preavis && fin && preavis >= aujourdhui) {
    const mois = convention.preavisMois!;
    dates.push({
      code: 'preavis',
      date: preavis,
      libelle: `Dernier jour pour notifier une résiliation avec le préavis de ${NOMBRES[mois] ?? mois} mois avant le terme du ${formaterDate(fin)}`,
    });
  }
  for (const commandes of occurrences.commandes) {
    dates.push({ code: 'cloture-commandes', date: commandes, libelle: `Dernier jour pour passer les commandes de ${commandes.slice(0, 4)} (fin de gestion)` });
  }
  for (const paiements of occurrences.paiements) {
    dates.push({ code: 'cloture-paiements', date: paiements, libelle: `Dernier jour pour programmer les paiements de ${paiements.slice(0, 4)} (fin de gestion)` });
  }
  for (const { annee, date } of occurrences.avenants ?? []) {
    dates.push({
      code: 'avenant-attendu',
      date,
      libelle:
        date.endsWith('-01-01')
          ? `Les montants de ${annee} attendent un avenant : à signer avant l'ouverture des crédits de ${annee}`
          : `Les montants de ${annee} attendent toujours un avenant : dernier jour pour passer les commandes de ${annee}`,
    });
  }
  if (projection) {
    // Rounded to the euro: a pace is an order of magnitude, not an accounting figure.
    const parMois = formaterMontant(Math.round((projection.rythmeParJour * (365.25 / 12)) / 100) * 100);
    dates.push({
      code: 'epuisement-credits',
      date: projection.epuisement,
      libelle: `Épuisement prévu des AE au rythme actuel (environ ${parMois} engagés par mois depuis la signature)`,
    });
    if (projection.comiteFin >= aujourdhui) {
      dates.push({
        code: 'comite-epuisement',
        date: projection.comiteDebut,
        libelle:
          `Comité d'investissement annuel à tenir entre le ${formaterDate(projection.comiteDebut)} et le ${formaterDate(projection.comiteFin)}, ` +
          `45 à 30 jours avant l'épuisement prévu des crédits`,
      });
    }
  }
  return dates.sort(parDate);
}

/** The next committee: the half-yearly one or the one due before the credits run out, whichever comes first. */
function prochainComite(semestriel: string | null, projection: Projection | null, aujourdhui: string): string | null {
  const candidats: string[] = [];
  if (semestriel) candidats.push(semestriel);
  if (projection && projection.comiteFin >= aujourdhui) candidats.push(projection.comiteDebut >= aujourdhui ? projection.comiteDebut : projection.comiteFin);
  candidats.sort();
  return candidats[0] ?? null;
}

function alertesAttention(
  convention: Convention,
  aujourdhui: string,
  phase: Phase,
  joursRestants: number | null,
  total: { ae: number; cp: number },
  conso: Consommation | undefined,
  dates: DateCle[],
  comite: string | null,
): Alerte[] {
  const alertes: Alerte[] = [];
  if (phase === 'echue') return alertes;
  const { fin } = bornes(convention);
  if (phase === 'en-cours' && fin && joursRestants !== null && joursRestants <= SEUIL_FIN_JOURS) {
    alertes.push({
      code: 'fin-proche',
      niveau: 'attention',
      message: `La convention prend fin le ${formaterDate(fin)}, ${dans(joursRestants)} : préparez la clôture (compte rendu au délégant) ou un avenant de prolongation.`,
    });
  }
  if (phase === 'en-cours' && conso?.tauxEngagement != null && conso.tauxEngagement >= SEUIL_ENGAGEMENT && conso.aeEngagees <= total.ae) {
    alertes.push({
      code: 'engagement-eleve',
      niveau: 'attention',
      message:
        `${pourcent(conso.tauxEngagement)} des AE sont engagées (${formaterMontant(conso.aeEngagees)} sur ${formaterMontant(total.ae)}) : ` +
        `il reste ${formaterMontant(conso.aeRestantes)} ; préparez le comité d'investissement qui décidera de la suite.`,
    });
  }
  if (comite && joursEntre(aujourdhui, comite) <= SEUIL_ECHEANCE_JOURS) {
    alertes.push({
      code: 'comite-proche',
      niveau: 'attention',
      message: `Comité d'investissement le ${formaterDate(comite)} (${dans(joursEntre(aujourdhui, comite))}) : préparez les indicateurs d'impact et les moyens demandés.`,
    });
  }
  for (const d of dates) {
    if ((d.code !== 'cloture-commandes' && d.code !== 'cloture-paiements') || joursEntre(aujourdhui, d.date) > SEUIL_ECHEANCE_JOURS) continue;
    const quoi = d.code === 'cloture-commandes' ? 'passer les commandes' : 'programmer les paiements';
    const perte = d.code === 'cloture-commandes' ? "les AE non engagées de l'année sont perdues" : "les CP non consommés de l'année sont perdus";
    alertes.push({
      code: d.code === 'cloture-commandes' ? 'cloture-commandes-proche' : 'cloture-paiements-proche',
      niveau: 'attention',
      message: `Dernier jour pour ${quoi} de ${d.date.slice(0, 4)} : ${formaterDate(d.date)} (${dans(joursEntre(aujourdhui, d.date))}) ; au-delà, ${perte} sauf report demandé au délégant.`,
    });
  }
  const annees = anneesEnAttenteDAvenant(convention, aujourdhui);
  if (annees.length > 0) {
    const quoi = annees.length === 1 ? `Le montant de ${annees[0]} attend` : `Les montants de ${annees.slice(0, -1).join(', ')} et ${annees[annees.length - 1]} attendent`;
    alertes.push({
      code: 'avenant-attendu',
      niveau: 'attention',
      message: `${quoi} un avenant : tant qu'il n'est pas signé, rien ne peut être engagé sur ces crédits ; préparez-le avec le délégant.`,
    });
  }
  return alertes;
}

/**
 * The status of `convention` on `aujourdhui` (ISO date; throws RangeError if it is not one: it is a
 * programming error, not user input). `execution` gives rates, overruns and the projected run-out date.
 */
export function statut(convention: Convention, execution: Execution | undefined, aujourdhui: string, options?: OptionsStatut): Statut {
  if (!estDateIso(aujourdhui)) throw new RangeError(`statut : date du jour invalide (${String(aujourdhui)}), attendu AAAA-MM-JJ.`);
  const clotures: Clotures = { ...CLOTURES_PAR_DEFAUT, ...options?.clotures };
  const constats = options?.constats ?? [];
  const { fin } = bornes(convention);
  const phase = phaseDe(convention, aujourdhui);
  const joursRestants = fin ? joursEntre(aujourdhui, fin) : null;
  const total = totaux(convention);
  const conso = execution ? consommation(total, execution) : undefined;
  const enCours = phase !== 'echue';
  const semestriel = enCours ? prochainComiteSemestriel(convention, aujourdhui) : null;
  const projection = phase === 'en-cours' ? projeterEpuisement(convention, execution, total.ae, aujourdhui) : null;
  const comite = prochainComite(semestriel, projection, aujourdhui);
  const occurrences: Occurrences = {
    comites: semestriel ? [semestriel] : [],
    commandes: [prochaineCloture(convention, aujourdhui, clotures.commandes, 'ae')].filter((d) => d !== null),
    paiements: [prochaineCloture(convention, aujourdhui, clotures.paiements, 'cp')].filter((d) => d !== null),
  };
  const dates = datesCles(convention, aujourdhui, occurrences, projection);

  const alertes: Alerte[] = [
    ...alertesErreurs(constats, convention.echeancier),
    ...(execution && conso ? alertesDepassement(convention, execution, total, conso) : []),
    ...alertesAttention(convention, aujourdhui, phase, joursRestants, total, conso, dates, comite),
    // A convention's plan: next month's work without an order (its errors arrive through `constats`).
    ...(phase === 'echue' ? [] : alertesPlan(convention, aujourdhui)),
  ];
  const niveau = alertes.some((a) => a.niveau === 'alerte') ? 'alerte' : alertes.length > 0 ? 'attention' : 'ok';
  return {
    conventionId: convention.id,
    aujourdhui,
    phase,
    niveau,
    joursRestants,
    totaux: total,
    ...(conso ? { execution: conso } : {}),
    alertes,
    datesCles: dates,
    prochainComite: comite,
  };
}

/**
 * Every key date of a convention from `aujourdhui` on (not only the next of each kind, as in the
 * status): every half-yearly committee and year-end cut-off up to the term, the end, the last day
 * for the notice, the years waiting for an avenant (needed by 1 January of the year, or by the
 * year's order cut-off once the year has begun) and the projected run-out of the credits. A
 * convention without an end date gets its committees up to `jusqua` (default: two years on).
 * Sorted by date; the end of term only when it is still ahead. Same wording as the status.
 */
export function toutesLesDatesCles(convention: Convention, execution: Execution | undefined, aujourdhui: string, options?: Pick<OptionsStatut, 'clotures'> & { jusqua?: string }): DateCle[] {
  if (!estDateIso(aujourdhui)) throw new RangeError(`toutesLesDatesCles : date du jour invalide (${String(aujourdhui)}), attendu AAAA-MM-JJ.`);
  const clotures: Clotures = { ...CLOTURES_PAR_DEFAUT, ...options?.clotures };
  const phase = phaseDe(convention, aujourdhui);
  if (phase === 'echue') return [];
  const jusqua = options?.jusqua ?? `${Number(aujourdhui.slice(0, 4)) + 2}-12-31`;
  const projection = phase === 'en-cours' ? projeterEpuisement(convention, execution, totaux(convention).ae, aujourdhui) : null;
  const annee = Number(aujourdhui.slice(0, 4));
  const avenants = anneesEnAttenteDAvenant(convention, aujourdhui).flatMap((a) => {
    const date = a > annee ? `${a}-01-01` : dateDeCloture(a, clotures.commandes);
    return date && date >= aujourdhui ? [{ annee: a, date }] : [];
  });
  const occurrences: Occurrences = {
    comites: comitesSemestriels(convention, aujourdhui, { jusqua }),
    commandes: cloturesAVenir(convention, aujourdhui, clotures.commandes, 'ae'),
    paiements: cloturesAVenir(convention, aujourdhui, clotures.paiements, 'cp'),
    avenants,
  };
  return datesCles(convention, aujourdhui, occurrences, projection).filter((d) => d.date >= aujourdhui);
}
