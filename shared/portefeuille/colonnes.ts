// The columns of the portfolio's exports (CSV and .xlsx), with a typed value per cell, so that the
// CSV writes French numbers and dates and the .xlsx real number and date cells from one list.
import type { Niveau, Phase, TypeConvention } from '../model';
import { compteARebours } from './calendrier';
import type { LignePortefeuille } from './ligne';

export type Valeur =
  | { sorte: 'texte'; texte: string }
  | { sorte: 'montant'; centimes: number }
  | { sorte: 'date'; date: string }
  | { sorte: 'entier'; nombre: number }
  | { sorte: 'pourcent'; pourcent: number }
  | null;

export interface ColonneExport {
  titre: string;
  /** Width in characters, for the .xlsx. */
  largeur: number;
  valeur(l: LignePortefeuille): Valeur;
}

export const TEXTE_PHASE: Record<Phase, string> = { 'a-venir': 'à venir', 'en-cours': 'en cours', echue: 'échue' };
/** The niveau alone (the filters, the exports' column): `ok` is « rien à signaler », whatever the phase. */
export const TEXTE_NIVEAU: Record<Niveau, string> = { ok: 'rien à signaler', attention: 'attention', alerte: 'alerte' };

/**
 * The niveau beside a text that already says the phase (a badge « échue le 31 déc. 2021 », a search
 * result): nothing is « à jour » once ended or not begun, so `ok` reads « terminée » or « à venir ».
 */
export function texteNiveau(niveau: Niveau, phase: Phase): string {
  if (niveau !== 'ok') return niveau;
  return phase === 'echue' ? 'terminée' : phase === 'a-venir' ? 'à venir' : 'à jour';
}

/** Phase and niveau in one status (the dashboard's column): « à jour », « terminée », « attention · échue ». */
export function texteStatut(niveau: Niveau, phase: Phase): string {
  return niveau === 'ok' || phase === 'en-cours' ? texteNiveau(niveau, phase) : `${niveau} · ${TEXTE_PHASE[phase]}`;
}

export function libelleType(type: TypeConvention): string {
  if (type === 'partenariat-fast') return 'Partenariat FAST';
  if (type === 'avenant') return 'Avenant';
  return 'Délégation de gestion';
}

const texte = (t: string | null | undefined): Valeur => (t ? { sorte: 'texte', texte: t } : null);
const date = (d: string | null | undefined): Valeur => (d ? { sorte: 'date', date: d } : null);
const montant = (c: number | null): Valeur => (c === null ? null : { sorte: 'montant', centimes: c });

export const COLONNES_EXPORT: readonly ColonneExport[] = [
  { titre: 'Convention', largeur: 36, valeur: (l) => texte(l.nom) },
  { titre: 'Type', largeur: 20, valeur: (l) => texte(libelleType(l.type)) },
  { titre: 'Partenaire', largeur: 14, valeur: (l) => texte(l.partenaire) },
  { titre: 'Startups', largeur: 30, valeur: (l) => texte(l.startups.join(', ') || l.titre) },
  { titre: 'UO', largeur: 18, valeur: (l) => texte(l.uo) },
  { titre: 'Programme', largeur: 10, valeur: (l) => texte(l.programme) },
  { titre: 'Début', largeur: 11, valeur: (l) => date(l.debut) },
  { titre: 'Fin', largeur: 11, valeur: (l) => date(l.fin) },
  { titre: 'Phase', largeur: 9, valeur: (l) => texte(TEXTE_PHASE[l.phase]) },
  { titre: 'Niveau', largeur: 14, valeur: (l) => texte(TEXTE_NIVEAU[l.niveau]) },
  { titre: 'AE (€)', largeur: 15, valeur: (l) => montant(l.ae) },
  { titre: 'CP (€)', largeur: 15, valeur: (l) => montant(l.cp) },
  { titre: 'AE engagées (€)', largeur: 15, valeur: (l) => montant(l.aeEngagees) },
  { titre: 'CP payés (€)', largeur: 15, valeur: (l) => montant(l.cpPayes) },
  { titre: 'Engagement (%)', largeur: 10, valeur: (l) => (l.tauxEngagement === null ? null : { sorte: 'pourcent', pourcent: l.tauxEngagement }) },
  { titre: 'Prochaine date clé', largeur: 11, valeur: (l) => date(l.prochaineDate?.date) },
  { titre: 'Échéance', largeur: 8, valeur: (l) => texte(l.prochaineDate && compteARebours(l.prochaineDate.jours)) },
  { titre: 'Objet de la date clé', largeur: 50, valeur: (l) => texte(l.prochaineDate?.libelle) },
  { titre: 'Alertes', largeur: 8, valeur: (l) => ({ sorte: 'entier', nombre: l.nombreAlertes }) },
  { titre: 'Montant FAST (€)', largeur: 15, valeur: (l) => (l.fast ? { sorte: 'montant', centimes: l.fast.montant } : null) },
  // Last, for whoever joins the file with a registry export: the key, not a name.
  { titre: 'Identifiant', largeur: 18, valeur: (l) => texte(l.id) },
];
