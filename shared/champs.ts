// A convention's field paths (`chorus.centreFinancier`, `echeancier.0.ae`: the model's, the rules'
// positions, the edit marks') in words, for whatever a person reads: never a path itself.
import type { LigneEcheancier } from './model';

const CHAMPS: Record<string, string> = {
  id: 'identifiant',
  type: 'type de convention',
  titre: 'titre',
  delegant: 'délégant',
  'delegant.sigle': 'sigle du délégant',
  'delegant.nom': 'nom du délégant',
  delegataire: 'délégataire',
  'delegataire.sigle': 'sigle du délégataire',
  'delegataire.nom': 'nom du délégataire',
  autresParties: 'autres parties',
  dateSignature: 'date de signature',
  dateFin: 'date de fin',
  uo: 'UO',
  programme: 'programme',
  bop: 'BOP',
  'chorus.axeMinisteriel1': 'axe ministériel 1',
  'chorus.axeMinisteriel2': 'axe ministériel 2',
  'chorus.domaineFonctionnel': 'domaine fonctionnel',
  'chorus.centreFinancier': 'centre financier',
  'chorus.activites': 'activité Chorus',
  'chorus.centreDeCout': 'centre de coût',
  'plafond.ae': 'plafond AE',
  'plafond.cp': 'plafond CP',
  'plafond.dureeMois': 'durée',
  plafond: 'plafond',
  montantFast: 'montant FAST',
  echeancier: 'échéancier',
  startups: 'startups',
  incubateur: 'incubateur',
  preavisMois: 'préavis',
  comitesSemestriels: 'comités',
  anneesParAvenant: 'années laissées à un avenant',
  avenant: 'avenant',
  plan: 'plan budgétaire',
  modificationsManuelles: 'modifications faites à la main',
};
const MONTANTS_LIGNE: Record<string, string> = { ae: 'AE', cp: 'CP', annee: 'année', aeEngagees: 'AE engagées', cpPayes: 'CP payés' };

/**
 * A model field path in words: `chorus.activites.0` → `activité Chorus`, `echeancier.0.ae` → `AE 2024`
 * (with the échéancier; else `AE ligne 1 de l'échéancier`). An unknown path: `un champ`.
 */
export function libelleChamp(champ: string, echeancier?: readonly LigneEcheancier[]): string {
  const ligne = /^echeancier\.(\d+)(?:\.(\w+))?$/.exec(champ);
  if (ligne) {
    const index = Number(ligne[1]);
    const annee = echeancier?.[index]?.annee;
    const ou = annee !== undefined ? String(annee) : `ligne ${index + 1} de l'échéancier`;
    const quoi = ligne[2] ? (MONTANTS_LIGNE[ligne[2]] ?? 'montant') : 'échéancier';
    return `${quoi} ${ou}`;
  }
  let chemin = champ.replace(/\[(\d+)\]/g, '.$1');
  while (chemin !== '') {
    const libelle = CHAMPS[chemin];
    if (libelle) return libelle;
    const point = chemin.lastIndexOf('.');
    chemin = point < 0 ? '' : chemin.slice(0, point);
  }
  return 'un champ';
}
