// French words for the model's field paths (`dateFin` → `date de fin`, `echeancier.0.ae` → `AE 2024`):
// the extension shows them, and the document layer's findings name the fields they touch with them.
import type { LigneEcheancier } from '../model';

const CHAMPS: Record<string, string> = {
  id: 'identifiant',
  type: 'type de convention',
  titre: 'titre',
  delegant: 'délégant',
  delegataire: 'délégataire',
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
};
const MONTANTS_LIGNE: Record<string, string> = { ae: 'AE', cp: 'CP', annee: 'année', aeEngagees: 'AE engagées', cpPayes: 'CP payés' };

/** A model field path in words: `chorus.activites.0` → `activité Chorus`, `echeancier.0.ae` → `AE 2024`. */
export function libelleChamp(champ: string, echeancier?: LigneEcheancier[]): string {
  const ligne = /^echeancier\.(\d+)(?:\.(\w+))?$/.exec(champ);
  if (ligne) {
    const index = Number(ligne[1]);
    const annee = echeancier?.[index]?.annee;
    const ou = annee !== undefined ? String(annee) : `ligne ${index + 1} de l'échéancier`;
    const quoi = ligne[2] ? (MONTANTS_LIGNE[ligne[2]] ?? ligne[2]) : 'échéancier';
    return `${quoi} ${ou}`;
  }
  const sansIndice = champ.replace(/\.\d+$/, '');
  return CHAMPS[champ] ?? CHAMPS[sansIndice] ?? `champ ${champ}`;
}
