// The edit form's text fields, by group, with their model path: plain data, light enough for the
// detail view (which says which fields were changed by hand) without the form's readers.
import type { TypeConvention } from '../../../shared/model';

export interface SaisieLigne {
  /** Stable across edits (the row's key in the list). */
  cle: number;
  annee: string;
  ae: string;
  cp: string;
}

export interface Saisie {
  type: TypeConvention;
  titre: string;
  delegantSigle: string;
  delegantNom: string;
  delegataireSigle: string;
  delegataireNom: string;
  autresParties: string;
  dateSignature: string;
  dateFin: string;
  uo: string;
  programme: string;
  bop: string;
  axeMinisteriel1: string;
  axeMinisteriel2: string;
  domaineFonctionnel: string;
  centreFinancier: string;
  activites: string;
  centreDeCout: string;
  plafondAe: string;
  plafondCp: string;
  montantFast: string;
  echeancier: SaisieLigne[];
  startups: string[];
  incubateur: string;
}

export type CleTexte = Exclude<keyof Saisie, 'type' | 'echeancier' | 'startups'>;

export interface DefinitionChamp {
  cle: CleTexte;
  /** The field path in the model (`sources`, `modificationsManuelles`, the rules' positions). */
  chemin: string;
  libelle: string;
  sorte?: 'date' | 'montant';
  aide?: string;
  /** Every convention has one: at review, not finding it is « à vérifier ». */
  essentiel?: true;
}

/** The form's text fields, by group, in reading order. */
export const GROUPES: readonly { titre: string; champs: readonly DefinitionChamp[] }[] = [
  {
    titre: 'Parties',
    champs: [
      { cle: 'titre', chemin: 'titre', libelle: 'Titre' },
      { cle: 'delegantSigle', chemin: 'delegant.sigle', libelle: 'Délégant (sigle)', essentiel: true },
      { cle: 'delegantNom', chemin: 'delegant.nom', libelle: 'Délégant (nom)' },
      { cle: 'delegataireSigle', chemin: 'delegataire.sigle', libelle: 'Délégataire (sigle)', essentiel: true },
      { cle: 'delegataireNom', chemin: 'delegataire.nom', libelle: 'Délégataire (nom)' },
      { cle: 'autresParties', chemin: 'autresParties', libelle: 'Autres parties', aide: 'Sigles ou noms, séparés par des virgules.' },
    ],
  },
  {
    titre: 'Dates',
    champs: [
      { cle: 'dateSignature', chemin: 'dateSignature', libelle: 'Date de signature', sorte: 'date', essentiel: true },
      { cle: 'dateFin', chemin: 'dateFin', libelle: 'Date de fin', sorte: 'date', essentiel: true },
    ],
  },
  {
    titre: 'Imputation',
    champs: [
      { cle: 'uo', chemin: 'uo', libelle: 'Unité opérationnelle (UO)', essentiel: true },
      { cle: 'programme', chemin: 'programme', libelle: 'Programme', essentiel: true },
      { cle: 'bop', chemin: 'bop', libelle: 'BOP' },
      { cle: 'centreFinancier', chemin: 'chorus.centreFinancier', libelle: 'Centre financier' },
      { cle: 'domaineFonctionnel', chemin: 'chorus.domaineFonctionnel', libelle: 'Domaine fonctionnel' },
      { cle: 'activites', chemin: 'chorus.activites', libelle: 'Activités', aide: 'Codes séparés par des virgules.' },
      { cle: 'centreDeCout', chemin: 'chorus.centreDeCout', libelle: 'Centre de coût' },
      { cle: 'axeMinisteriel1', chemin: 'chorus.axeMinisteriel1', libelle: 'Axe ministériel 1' },
      { cle: 'axeMinisteriel2', chemin: 'chorus.axeMinisteriel2', libelle: 'Axe ministériel 2' },
    ],
  },
  {
    titre: 'Montants',
    champs: [
      { cle: 'plafondAe', chemin: 'plafond.ae', libelle: 'Plafond des AE', sorte: 'montant' },
      { cle: 'plafondCp', chemin: 'plafond.cp', libelle: 'Plafond des CP', sorte: 'montant' },
      { cle: 'montantFast', chemin: 'montantFast', libelle: 'Montant FAST', sorte: 'montant' },
    ],
  },
];

export const CHAMPS: readonly DefinitionChamp[] = GROUPES.flatMap((g) => g.champs);

export const AIDE_DATE = 'Par exemple 31/12/2025 ou 31 décembre 2025.';
export const AIDE_MONTANT = 'En euros, par exemple 2 500 000 € ou 1,5 M€.';

