// A convention's plan (shared/plan/) in three registry CSV columns: `mensuel` ; `2025-04:10000 |
// 2025-05:15000` (month and euros) ; `Lancement:2025-03:125000:2025-04:2025-09 | …` (name, issued in,
// amount, from, to; `\` escapes). Months and the payment mode are read by the plan's own reader.
import type { Convention, PlanConvention } from '../../model';
import { ecrireEuros } from '../../montant';
import { lireMois, lireModePaiement } from '../../plan/lecture';
import { citer } from '../../texte';
import { Echec, lireEuros, texteDeCellule, type Lu } from './cellules';
import { avec, type DefinitionColonne } from './colonne';
import { decouperBrut, desechapper, echapper, indexNonEchappe } from './listes';
import { protegerTexte } from '../csv-francais';

function lireMoisCsv(texte: string, quoi: string): Lu<string> {
  const lu = lireMois(texte);
  if (lu.valeur) return lu.valeur.mois;
  return new Echec(`${quoi} : ${lu.probleme ?? 'mois manquant.'}`);
}

function lirePaiementCsv(texte: string): Lu<PlanConvention['paiement']> {
  return lireModePaiement(texte) ?? new Echec(`mode de paiement ${citer(texte, 40)} : écrivez « mensuel » ou « fin de période ».`);
}

function lireConsommationCsv(texte: string): Lu<PlanConvention['consommation']> {
  const lignes: PlanConvention['consommation'] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const deuxPoints = indexNonEchappe(item, ':');
    if (deuxPoints < 0) return new Echec(`élément ${citer(item, 40)} : écrivez le mois et le montant, « 2025-04:10000 ».`);
    const mois = lireMoisCsv(item.slice(0, deuxPoints), `élément ${citer(item, 40)}`);
    if (mois instanceof Echec) return mois;
    const montant = lireEuros(item.slice(deuxPoints + 1).trim());
    if (montant instanceof Echec) return new Echec(`élément ${citer(item, 40)} : ${montant.erreur}`);
    lignes.push({ mois, montant });
  }
  return lignes;
}

function lireBonsCsv(texte: string): Lu<PlanConvention['bonsDeCommande']> {
  const bons: PlanConvention['bonsDeCommande'] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const parties = decouperBrut(item, ':').map((p) => desechapper(p).trim());
    if (parties.length !== 5) {
      return new Echec(`bon ${citer(item, 40)} : écrivez cinq parties séparées par « : », nom, émis en, montant, du, au (« BC1:2025-03:125000:2025-04:2025-09 »).`);
    }
    const [nom, emis, montantTexte, debut, fin] = parties as [string, string, string, string, string];
    const quoi = `bon ${citer(nom, 40)}`;
    const emisEn = lireMoisCsv(emis, `${quoi}, émis en`);
    if (emisEn instanceof Echec) return emisEn;
    const montant = lireEuros(montantTexte);
    if (montant instanceof Echec) return new Echec(`${quoi}, montant : ${montant.erreur}`);
    const du = lireMoisCsv(debut, `${quoi}, du`);
    if (du instanceof Echec) return du;
    const au = lireMoisCsv(fin, `${quoi}, au`);
    if (au instanceof Echec) return au;
    bons.push({ nom, emisEn, montant, du, au });
  }
  return bons;
}

function ecrireConsommationCsv(plan: PlanConvention | undefined): string {
  return (plan?.consommation ?? []).map((l) => `${l.mois}:${ecrireEuros(l.montant)}`).join(' | ');
}

function ecrireBonsCsv(plan: PlanConvention | undefined): string {
  return (plan?.bonsDeCommande ?? [])
    .map((b) => [echapper(b.nom.trim(), '|:'), b.emisEn, ecrireEuros(b.montant), b.du, b.au].join(':'))
    .join(' | ');
}

const plan = (c: Convention) => (c.plan ??= { paiement: 'mensuel', consommation: [], bonsDeCommande: [] });

export const COLONNES_PLAN = [
  {
    nom: 'plan_paiement',
    lire: avec(lirePaiementCsv, (b, v) => (plan(b.convention).paiement = v)),
    ecrire: (c) => c.plan?.paiement ?? '',
  },
  {
    nom: 'plan_consommation',
    lire: avec((t) => lireConsommationCsv(texteDeCellule(t)), (b, v) => v.length > 0 && (plan(b.convention).consommation = v)),
    ecrire: (c) => ecrireConsommationCsv(c.plan),
  },
  {
    nom: 'plan_bons_de_commande',
    lire: avec((t) => lireBonsCsv(texteDeCellule(t)), (b, v) => v.length > 0 && (plan(b.convention).bonsDeCommande = v)),
    ecrire: (c) => protegerTexte(ecrireBonsCsv(c.plan)),
  },
] as const satisfies readonly DefinitionColonne[];
