// French words for what the badge and its panel show (colour never carries meaning alone).
import type { ResumeConvention } from '../../lib/messages';

export const TEXTE_PHASE: Record<ResumeConvention['phase'], string> = {
  'a-venir': 'à venir',
  'en-cours': 'en cours',
  echue: 'échue',
};

/** What the badge reads: `Convention DGEFP · J-37 · attention`. `à jour` is left to the accessible name. */
export function texteVisible(r: ResumeConvention): string {
  return r.niveau === 'ok' ? `${r.libelle} · ${r.texteBadge}` : `${r.libelle} · ${r.texteBadge} · ${r.texteNiveau}`;
}

/** Phase and niveau in words: « en cours, à jour », « échue » (nothing is « à jour » once ended), « en cours, niveau alerte ». */
export function statutEnMots(r: Pick<ResumeConvention, 'phase' | 'niveau' | 'texteNiveau'>): string {
  if (r.niveau !== 'ok') return `${TEXTE_PHASE[r.phase]}, niveau ${r.texteNiveau}`;
  return r.phase === 'en-cours' ? `${TEXTE_PHASE[r.phase]}, ${r.texteNiveau}` : TEXTE_PHASE[r.phase];
}

/** The accessible name says everything, including `à jour`. */
export function nomAccessible(r: ResumeConvention): string {
  return `${r.libelle}, ${statutEnMots(r)} : ${r.texteBadge}. Afficher le résumé`;
}

export function compterConstats(n: number): string {
  return n === 0 ? 'aucun constat' : `${n} constat${n > 1 ? 's' : ''}`;
}

/** The DSFR-like colour class: an ended convention with nothing wrong is neutral grey. */
export function classeNiveau(r: ResumeConvention): string {
  if (r.niveau === 'ok' && r.phase === 'echue') return 'jauge-badge--neutre';
  return `jauge-badge--${r.niveau}`;
}

/**
 * A badge's text in pieces, the amounts' units apart: the DSFR writes badges in capitals, but « k€ »
 * and « M€ » are not « K€ » and « M€ » spelt out (the style keeps units as written).
 */
export function morceauxAvecUnites(texte: string): { texte: string; unite: boolean }[] {
  const morceaux: { texte: string; unite: boolean }[] = [];
  let debut = 0;
  for (const m of texte.matchAll(/(?<=\d[\u00a0\u202f ]?)(?:k€|M€|Md€)/g)) {
    if (m.index > debut) morceaux.push({ texte: texte.slice(debut, m.index), unite: false });
    morceaux.push({ texte: m[0], unite: true });
    debut = m.index + m[0].length;
  }
  if (debut < texte.length) morceaux.push({ texte: texte.slice(debut), unite: false });
  return morceaux;
}
