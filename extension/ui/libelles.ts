// French words the popup and the options page show for the model's codes. Pure wording, no
// computation: amounts and dates are formatted by shared/.
// Field paths in words live in shared/ (the background and the document layer word their findings with them too).
import { libelleChamp } from '../../shared/champs';
import type { Gravite, LigneEcheancier, Niveau, Phase, Position, TypeConvention } from '../../shared/model';

export { libelleChamp };

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

const ENTIER = new Intl.NumberFormat('fr-FR');

/** French plural for a count: `1 constat`, `3 constats`, `0 constat` (French keeps 0 singular). */
export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  const nombre = ENTIER.format(n);
  return `${nombre} ${Math.abs(n) >= 2 ? plurielForme : singulier}`;
}

/**
 * One count per search: `25 conventions pour « rdv » ; 20 affichées` (the others left out by a cap or
 * the filters), or `25 conventions pour « rdv »` when all are shown.
 */
export function compteRecherche(total: number, affichees: number, requete: string): string {
  const q = requete.trim();
  const trouvees = `${pluriel(total, 'convention')} pour « ${q} »`;
  return affichees < total ? `${trouvees} ; ${ENTIER.format(affichees)} affichée${affichees >= 2 ? 's' : ''}` : trouvees;
}

/** `En cours, fin dans 37 jours`, `Échue depuis 3 jours`, `À venir`: the status as a sentence. */
export function phraseStatut(phase: Phase, joursRestants: number | null): string {
  if (phase === 'a-venir') return 'À venir';
  if (phase === 'echue') return joursRestants !== null && joursRestants < 0 ? `Échue depuis ${pluriel(-joursRestants, 'jour')}` : 'Échue';
  if (joursRestants === null) return 'En cours, date de fin inconnue';
  if (joursRestants === 0) return "En cours, se termine aujourd'hui";
  return `En cours, fin dans ${pluriel(joursRestants, 'jour')}`;
}
