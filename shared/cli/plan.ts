// `jauge plan FILE [--today D] [--json]`: a budget plan (monthly consumption and bons de commande, in a
// CSV `;` `,` or tab) → AE, consumption and CP per calendar year, the findings, the avenant's échéancier.
import { lireCsv } from '../lecture/csv';
import { formaterMontant } from '../montant';
import { texteAvenant } from '../plan/avenant';
import { lirePlan } from '../plan/lecture';
import { totauxPlan } from '../plan/analyse';
import type { AnalysePlan } from '../modele/plan';
import { deMois, formaterMois } from '../mois';
import { verifierPlanLu } from '../plan/verifier';
import { lireDocument } from './document';
import { constatPourJson, ligneConstat, resumeConstats } from './presentation';
import { echec, json, succes, type EnvironnementCli, type SortieCli } from './sortie';

const MODE = { mensuel: 'services faits mensuels (CP le mois suivant)', 'fin-de-periode': 'fin de période (CP le mois après la fin de chaque bon)' };

/** The `--json` shape of the orders (cents, months `YYYY-MM`). */
export function bonsPourJson(analyse: AnalysePlan) {
  return analyse.bons.map((b) => ({
    nom: b.nom,
    emisEn: b.emisEn,
    montant: b.montant,
    du: b.du,
    au: b.au,
    consommation: b.consommation,
    aeNonConsommees: b.aeNonConsommees,
    cp: b.cp,
    paiements: b.paiements,
  }));
}

function colonnes(cellules: readonly string[]): string {
  return `  ${cellules[0]!.padEnd(7)}${cellules.slice(1).map((c) => c.padStart(16)).join('')}`;
}

function tableauAnnuel(analyse: AnalysePlan): string[] {
  const total = totauxPlan(analyse);
  return [
    colonnes(['Année', 'AE', 'Consommation', 'CP']),
    ...analyse.annees.map((a) => colonnes([String(a.annee), formaterMontant(a.ae), formaterMontant(a.consommation), formaterMontant(a.cp)])),
    colonnes(['Total', formaterMontant(total.ae), formaterMontant(total.consommation), formaterMontant(total.cp)]),
  ];
}

function lignesBons(analyse: AnalysePlan): string[] {
  return analyse.bons.map(
    (b) =>
      `  « ${b.nom} » émis en ${formaterMois(b.emisEn)}, ${formaterMontant(b.montant)}, ${deMois(b.du)} à ${formaterMois(b.au)} : ` +
      `travail ${formaterMontant(b.consommation)}, AE non consommées ${formaterMontant(b.aeNonConsommees)}, CP ${formaterMontant(b.cp)}`,
  );
}

export function commandePlan(fichier: string | undefined, enJson: boolean, aujourdhui: string, env: EnvironnementCli): SortieCli {
  const doc = lireDocument(fichier, env);
  if (!doc.ok) return echec(doc.erreur);
  const csv = lireCsv(doc.texte);
  if (!csv.ok) return echec(`${fichier} : ${csv.erreur}`);
  const lu = lirePlan(csv.grille, { aujourdhui });
  if (!lu.ok) return echec(`${fichier} : ${lu.erreur}`);
  const { analyse, constats } = verifierPlanLu(lu.plan, aujourdhui);
  const code = constats.some((c) => c.gravite === 'erreur') ? 1 : 0;
  if (enJson) {
    return json(
      {
        annees: analyse.annees.map(({ annee, ae, consommation, cp }) => ({ annee, ae, consommation, cp })),
        bonsDeCommande: bonsPourJson(analyse),
        constats: constats.map((c) => constatPourJson(c, false)),
      },
      code,
    );
  }
  const lignes = [
    `${fichier} — plan budgétaire, paiement ${MODE[analyse.entree.paiement]}`,
    '',
    ...tableauAnnuel(analyse),
    '',
    'Bons de commande :',
    ...lignesBons(analyse),
    '',
    `Constats : ${resumeConstats(constats)}`,
    ...constats.map(ligneConstat),
    '',
    'Pour l\u2019avenant :',
    texteAvenant(analyse),
  ];
  return succes(`${lignes.join('\n')}\n`, code);
}
