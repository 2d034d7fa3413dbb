// French words the popup and the options page show for the model's codes. Pure wording, no
// computation: amounts and dates are formatted by shared/.
import type { Gravite, LigneEcheancier, Niveau, Phase, Position, TypeConvention } from '../../shared/model';

/** Fallback when a résumé does not carry its own `texteNiveau`. */
export function libelleNiveau(niveau: Niveau): string {
  if (niveau === 'ok') return 'à jour';
  return niveau;
}

export function libelleGravite(gravite: Gravite): string {
  if (gravite === 'erreur') return 'Erreur';
  if (gravite === 'avertissement') return 'Avertissement';
  return 'Information';
}

export function libelleType(type: TypeConvention): string {
  if (type === 'partenariat-fast') return 'Partenariat FAST';
  if (type === 'avenant') return 'Avenant';
  return 'Délégation de gestion';
}

/**
 * `ligne 12`, `cellule C4`, `ligne 3, date de fin`, `AE 2024`; '' when the position says nothing.
 * With the échéancier, a line index in a field path becomes its year.
 */
export function libellePosition(position: Position | null | undefined, echeancier?: LigneEcheancier[]): string {
  if (!position) return '';
  const morceaux: string[] = [];
  if (position.cellule) morceaux.push(`cellule ${position.cellule}`);
  else {
    if (position.ligne !== undefined) morceaux.push(`ligne ${position.ligne}`);
    if (position.colonne !== undefined) morceaux.push(`colonne ${position.colonne}`);
  }
  if (position.champ) morceaux.push(libelleChamp(position.champ, echeancier));
  return morceaux.join(', ');
}

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

const ENTIER = new Intl.NumberFormat('fr-FR');

/** French plural for a count: `1 constat`, `3 constats`, `0 constat` (French keeps 0 singular). */
export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  const nombre = ENTIER.format(n);
  return `${nombre} ${Math.abs(n) >= 2 ? plurielForme : singulier}`;
}

/** `En cours, fin dans 37 jours`, `Échue depuis 3 jours`, `À venir`: the status as a sentence. */
export function phraseStatut(phase: Phase, joursRestants: number | null): string {
  if (phase === 'a-venir') return 'À venir';
  if (phase === 'echue') return joursRestants !== null && joursRestants < 0 ? `Échue depuis ${pluriel(-joursRestants, 'jour')}` : 'Échue';
  if (joursRestants === null) return 'En cours, date de fin inconnue';
  if (joursRestants === 0) return "En cours, se termine aujourd'hui";
  return `En cours, fin dans ${pluriel(joursRestants, 'jour')}`;
}
