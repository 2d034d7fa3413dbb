// A DSFR-like badge for a convention's niveau: the niveau in words, with its colour as a second
// cue (RGAA 3.2). The words come from the background's résumé (`à jour`, `attention`, `alerte`).
// As on the page badges, an ended convention with nothing wrong is neutral grey, not green.
import type { Niveau, Phase } from '../../shared/model';
import { libelleNiveau } from './libelles';

const CLASSE: Record<Niveau, string> = { ok: 'pastille--ok', attention: 'pastille--attention', alerte: 'pastille--alerte' };

export function PastilleNiveau({ niveau, texte, phase }: { niveau: Niveau; texte?: string; phase?: Phase }) {
  const classe = niveau === 'ok' && phase === 'echue' ? 'pastille--neutre' : (CLASSE[niveau] ?? 'pastille--neutre');
  return <span class={`pastille ${classe}`}>{texte || libelleNiveau(niveau)}</span>;
}
