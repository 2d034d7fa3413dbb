// A convention field's value in French words, for the differences a sync left to decide: dates as
// `31 décembre 2025`, amounts (cents) as `2 500 000 €`, an échéancier year by year, lists joined.
import { estDateIso, formaterDate } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';

/** Fields (or last path segments) that hold cents. */
const MONTANTS = /(^|\.)(ae|cp|aeEngagees|cpPayes|montantFast)$/;

function ligneEcheancier(l: Record<string, unknown>): string {
  const montants = (['ae', 'cp'] as const).flatMap((k) => (typeof l[k] === 'number' ? [`${k.toUpperCase()} ${formaterMontant(l[k] as number)}`] : []));
  return `${l.annee ?? '?'} : ${montants.join(', ') || '(vide)'}`;
}

export function valeurEnMots(champ: string, valeur: unknown): string {
  if (valeur === null || valeur === undefined || valeur === '') return '(vide)';
  if (typeof valeur === 'number') return MONTANTS.test(champ) || /^plafond\.(ae|cp)$/.test(champ) ? formaterMontant(valeur) : new Intl.NumberFormat('fr-FR').format(valeur);
  if (typeof valeur === 'boolean') return valeur ? 'oui' : 'non';
  if (typeof valeur === 'string') return estDateIso(valeur) ? formaterDate(valeur) : valeur;
  if (Array.isArray(valeur)) {
    if (valeur.length === 0) return '(aucune)';
    if (champ === 'echeancier') return valeur.map((l) => ligneEcheancier((l ?? {}) as Record<string, unknown>)).join(' ; ');
    return valeur.map((v) => valeurEnMots(champ, v)).join(', ');
  }
  const o = valeur as Record<string, unknown>;
  // A party: its acronym and name.
  if ('sigle' in o || 'nom' in o) return [o.sigle, o.nom].filter((x) => typeof x === 'string' && x).join(' — ') || '(vide)';
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} : ${valeurEnMots(`${champ}.${k}`, v)}`)
    .join(', ');
}
