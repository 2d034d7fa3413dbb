// The registry layout written into a new sheet (« Créer une feuille registre »): the columns
// `jauge registre construire` writes, in its order, each with a note saying what to type. No example
// row: a sheet that is then published as CSV would feed a made-up convention to every synced extension
// (a badge on a real startup's page); the notes carry the examples instead, and are not data.
import { COLONNES, type Colonne } from '../../../../shared/registre/csv/colonnes';

/** Name of the new sheet; « Registre Jauge 2 », « 3 »… when it is taken (a sheet is never overwritten). */
export const NOM_FEUILLE_REGISTRE = 'Registre Jauge';

const NOTES: Readonly<Record<Colonne, string>> = {
  id: 'Obligatoire. Identifiant de la convention, le même sur chacune de ses lignes (par exemple « dgefp-2024-03-28 »).',
  type: 'delegation-de-gestion (par défaut), partenariat-fast ou avenant.',
  titre: 'Intitulé de la convention, en clair.',
  delegant: 'Sigle du délégant (par exemple « DGEFP »).',
  delegant_nom: 'Nom complet du délégant.',
  delegataire: 'Sigle du délégataire (par exemple « DINUM »).',
  delegataire_nom: 'Nom complet du délégataire.',
  autres_parties: 'Autres signataires, séparés par « | » : SIGLE, SIGLE:Nom ou :Nom.',
  date_signature: 'Date de signature : 28/03/2024 ou 2024-03-28.',
  date_fin: 'Date de fin de la convention : 31/12/2025 ou 2025-12-31.',
  uo: 'Unité opérationnelle Chorus (par exemple « 0103-CEFP-C004 »).',
  programme: 'Programme budgétaire sur quatre chiffres (par exemple « 0103 »).',
  bop: 'BOP : programme, tiret, quatre caractères (par exemple « 0103-CEFP »).',
  axe_ministeriel_1: 'Axe ministériel 1 (Chorus).',
  axe_ministeriel_2: 'Axe ministériel 2 (Chorus).',
  domaine_fonctionnel: 'Domaine fonctionnel (par exemple « 0103-01-01 »).',
  centre_financier: 'Centre financier (par exemple « 0103-CEFP-C004 »).',
  activites: 'Codes activité sur 12 caractères, séparés par « | ».',
  centre_de_cout: 'Centre de coût (par exemple « EMPEF00075 »).',
  plafond_ae: 'Montant maximum des AE, en euros (2500000 ou 2 500 000 €).',
  plafond_cp: 'Montant maximum des CP, en euros.',
  plafond_duree_mois: 'Durée maximale en mois.',
  montant_fast: 'Montant FAST, en euros.',
  preavis_mois: 'Préavis de résiliation, en mois (par exemple « 3 »).',
  comites_semestriels: 'Comités d\u2019investissement semestriels : oui ou non.',
  annees_par_avenant: 'Années dont le montant est renvoyé à un avenant, séparées par « | » (par exemple « 2026 | 2027 »).',
  startups: 'Startups financées (identifiants beta.gouv.fr), séparées par « | ».',
  incubateur: 'Incubateur (identifiant beta.gouv.fr).',
  avenant_numero: 'Pour un avenant : son numéro (« 2 » pour l\u2019avenant n° 2).',
  avenant_articles: 'Pour un avenant : les articles qu\u2019il modifie, séparés par « | » (par exemple « 3 | annexe 2 »).',
  avenant_date_convention: 'Pour un avenant : la date de la convention qu\u2019il modifie.',
  plan_paiement: 'Plan budgétaire : « mensuel » ou « fin de période ».',
  plan_consommation: 'Plan budgétaire : consommation mensuelle, « 2025-04:10000 | 2025-05:15000 » (mois et euros).',
  modifications_manuelles: 'Écrit par l\u2019extension : les champs modifiés à la main et leur première lecture (objet JSON). Laissez vide.',
  plan_bons_de_commande: 'Plan budgétaire : bons de commande, « Nom:2025-03:125000:2025-04:2025-09 | … » (nom, mois d\u2019émission, euros, premier et dernier mois).',
  annee: 'Obligatoire. Une ligne par année de l\u2019échéancier (par exemple « 2024 »).',
  ae: 'Obligatoire. Autorisations d\u2019engagement de l\u2019année, en euros (vide s\u2019il n\u2019y en a pas).',
  cp: 'Obligatoire. Crédits de paiement de l\u2019année, en euros (vide s\u2019il n\u2019y en a pas).',
  ae_engagees: 'AE engagées dans l\u2019année (exécution), en euros.',
  cp_payes: 'CP payés dans l\u2019année (exécution), en euros.',
  date_arrete: 'Date à laquelle les montants exécutés ont été arrêtés.',
  nature: 'echeancier (par défaut) ou execution pour une année d\u2019exécution absente de l\u2019échéancier.',
};

/** The header row and one note per column, for a new sheet. */
export function dispositionRegistre(): { entete: string[]; notes: string[] } {
  return { entete: [...COLONNES], notes: COLONNES.map((c) => NOTES[c]) };
}

/** The first free name: « Registre Jauge », then « Registre Jauge 2 »… */
export function nomLibre(pris: (nom: string) => boolean, base: string = NOM_FEUILLE_REGISTRE): string {
  if (!pris(base)) return base;
  for (let i = 2; ; i++) if (!pris(`${base} ${i}`)) return `${base} ${i}`;
}
