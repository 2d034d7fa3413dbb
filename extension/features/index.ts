// The overlay features, in one list (one feature per file), and how they start: each applies
// only to its pages, only if switched on in the options, and fails softly on its own.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { envoyer } from '../lib/envoyer';
import { badgesCartes } from './badges-cartes';
import { badgesIncubateur } from './badges-incubateur';
import { badgesStartup } from './badges-startup';
import type { Fonctionnalite } from './fonctionnalite';

export const FONCTIONNALITES_CONTENU: Fonctionnalite[] = [badgesStartup, badgesIncubateur, badgesCartes];

const MARQUE_CHARGEMENT = 'data-jauge-charge';

export async function lancerFonctionnalites(ctx: ContentScriptContext, url: URL, liste = FONCTIONNALITES_CONTENU): Promise<string[]> {
  const racine = document.documentElement;
  // Loaded twice (e.g. an update re-injected us): the first run owns the page.
  if (racine.hasAttribute(MARQUE_CHARGEMENT)) return [];
  const applicables = liste.filter((f) => f.inclure(url));
  if (applicables.length === 0) return [];
  const reglages = await envoyer({ type: 'reglages-lire' });
  if (!reglages.ok) return [];
  racine.setAttribute(MARQUE_CHARGEMENT, '');
  ctx.onInvalidated(() => racine.removeAttribute(MARQUE_CHARGEMENT));
  const lancees: string[] = [];
  await Promise.all(
    applicables
      .filter((f) => reglages.valeur.fonctionnalites[f.id])
      .map(async (f) => {
        try {
          await f.init(ctx, url);
          lancees.push(f.id);
        } catch {
          // A feature that breaks on an unexpected page must not break the page or the others.
        }
      }),
  );
  return lancees;
}
