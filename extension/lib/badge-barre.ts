// The toolbar badge of a beta.gouv.fr tab: how many conventions the page shows, coloured by the
// worst niveau, with a French title saying the same in words.
import { browser } from 'wxt/browser';
import type { Niveau } from '../../shared/model';
import type { ResumeConvention } from './messages';
import { TEXTE_NIVEAU, pireNiveau } from './resume';

/** DSFR colours: success, warning, error (text is white on all three, contrast ≥ 4.5:1). */
export const COULEUR_NIVEAU: Record<Niveau, string> = { ok: '#18753c', attention: '#b34000', alerte: '#ce0500' };
export const TITRE_PAR_DEFAUT = 'Jauge — conventions de délégation de gestion';

// Chrome MV3 names it `action`, Firefox MV2 `browserAction`.
function action() {
  return browser.action ?? browser.browserAction;
}

export interface EtatBadge {
  texte: string;
  couleur?: string;
  titre: string;
}

export function etatBadge(resumes: readonly ResumeConvention[]): EtatBadge {
  const distinctes = new Map(resumes.map((r) => [r.id, r]));
  const n = distinctes.size;
  const pire = pireNiveau([...distinctes.values()]);
  if (n === 0 || pire === null) return { texte: '', titre: `${TITRE_PAR_DEFAUT} (aucune convention connue pour cette page)` };
  const conventions = `${n} convention${n > 1 ? 's' : ''}`;
  const detail = pire === 'ok' ? 'rien à signaler' : `niveau le plus grave : ${TEXTE_NIVEAU[pire]}`;
  return { texte: String(n), couleur: COULEUR_NIVEAU[pire], titre: `Jauge — ${conventions} sur cette page (${detail})` };
}

export async function afficherBadge(tabId: number, resumes: readonly ResumeConvention[]): Promise<void> {
  const a = action();
  if (!a) return;
  const etat = etatBadge(resumes);
  await a.setBadgeText({ tabId, text: etat.texte });
  if (etat.couleur) await a.setBadgeBackgroundColor({ tabId, color: etat.couleur });
  await a.setTitle({ tabId, title: etat.titre });
}

export async function effacerBadge(tabId: number): Promise<void> {
  const a = action();
  if (!a) return;
  await a.setBadgeText({ tabId, text: '' });
  await a.setTitle({ tabId, title: TITRE_PAR_DEFAUT });
}
