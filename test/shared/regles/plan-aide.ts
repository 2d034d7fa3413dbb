// Builds rule contexts holding a plan, laid out like a sheet: consumption in A (month) and B (amount)
// from row 2; orders in D:H (Bon, Émis en, Montant, Du, Au) from row 2; the échéancier, when given,
// where the RuleTester's `contexte` puts it (A Année, B AE, C CP).
import type { Position } from '../../../shared/model';
import { analyserPlan } from '../../../shared/plan/analyse';
import type { BonDeCommande, EntreePlan, ModePaiement } from '../../../shared/modele/plan';
import type { ContexteRegle } from '../../../shared/modele/lu';
import { cellule, contexte, type LigneTest } from './testeur';

export type BonTest = [nom: string, emisEn: string, montantEuros: number, du: string, au: string, emisLeJour?: number];

export interface OptionsPlan {
  consommation?: Array<[mois: string, euros: number]>;
  bons?: BonTest[];
  paiement?: ModePaiement;
  echeancier?: LigneTest[];
  aujourdhui?: string;
}

export function positionBonTest(i: number, colonne: 'D' | 'E' | 'F' | 'G' | 'H'): Position {
  return cellule(`${colonne}${i + 2}`);
}

export function entreePlan(o: OptionsPlan): EntreePlan {
  const bonsDeCommande: BonDeCommande[] = (o.bons ?? []).map(([nom, emisEn, euros, du, au, jour], i) => ({
    nom,
    emisEn,
    montant: Math.round(euros * 100),
    du,
    au,
    ...(jour !== undefined ? { emisLeJour: jour } : {}),
    position: { ligne: i + 2 },
    positions: { nom: positionBonTest(i, 'D'), emisEn: positionBonTest(i, 'E'), montant: positionBonTest(i, 'F'), du: positionBonTest(i, 'G'), au: positionBonTest(i, 'H') },
  }));
  return {
    consommation: (o.consommation ?? []).map(([mois, euros], i) => ({ mois, montant: Math.round(euros * 100), position: cellule(`B${i + 2}`) })),
    bonsDeCommande,
    paiement: o.paiement ?? 'mensuel',
  };
}

/** A context with the plan analysed (and the échéancier to fit, when given). */
export function contextePlan(o: OptionsPlan): ContexteRegle {
  const base = contexte({ lignes: o.echeancier ?? [], ...(o.aujourdhui ? { aujourdhui: o.aujourdhui } : {}) });
  const entree = entreePlan(o);
  if (base.convention.echeancier.length > 0) entree.echeancier = base.convention.echeancier;
  return { ...base, plan: analyserPlan(entree) };
}

/** `['2025-04', 10000], …`: the same amount every month from `de` to `a`. */
export function chaqueMois(de: string, a: string, euros: number): Array<[string, number]> {
  const liste: Array<[string, number]> = [];
  let [annee, mois] = de.split('-').map(Number) as [number, number];
  for (;;) {
    const m = `${annee}-${String(mois).padStart(2, '0')}`;
    liste.push([m, euros]);
    if (m === a) return liste;
    mois++;
    if (mois === 13) { mois = 1; annee++; }
  }
}
