// Startup cards (the list page, whose cards the site's script rebuilds on load and on every
// filter change, and incubator pages): a small badge per card whose startup has a convention.
// Kept through rebuilds (MutationObserver, debounced), never duplicated (each pass is idempotent).
// Test URLs: https://beta.gouv.fr/startups/, https://beta.gouv.fr/startups/?incubateur=dinum,
// https://beta.gouv.fr/incubateurs/mission-apprentissage.html
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { envoyer } from '../lib/envoyer';
import { cartesStartups, estListeStartups, idIncubateur, type CarteStartup } from '../lib/betagouv';
import type { ResumeConvention } from '../lib/messages';
import { BadgeCarte } from '../components/badge/BadgeCarte';
import { monter } from './monter';
import type { Fonctionnalite } from './fonctionnalite';

export const NOM_HOTE_CARTE = 'jauge-badge-carte';
const DELAI_MS = 80;

const dejaBadgee = (c: CarteStartup): boolean => c.corps.querySelector(`:scope > ${NOM_HOTE_CARTE}`) !== null;

/** One pass: badge every card that has a convention and no badge yet. */
export async function badgerCartes(ctx: ContentScriptContext, racine: ParentNode, connues: Map<string, ResumeConvention[]>): Promise<void> {
  const aFaire = cartesStartups(racine).filter((c) => !dejaBadgee(c));
  if (aFaire.length === 0) return;
  const inconnues = [...new Set(aFaire.map((c) => c.slug).filter((s) => !connues.has(s)))];
  // The background also sees every visible slug, to keep the toolbar count right.
  const slugs = [...new Set(aFaire.map((c) => c.slug))];
  const reponse = await envoyer({ type: 'conventions-startups', slugs });
  if (!reponse.ok) return;
  for (const slug of inconnues) connues.set(slug, reponse.valeur[slug] ?? []);
  for (const slug of slugs) if (reponse.valeur[slug]) connues.set(slug, reponse.valeur[slug]);
  if (!ctx.isValid) return;
  for (const carte of aFaire) {
    const conventions = connues.get(carte.slug) ?? [];
    // Re-check: the card may have been replaced, or badged by an overlapping pass, while we waited.
    if (conventions.length === 0 || !carte.corps.isConnected || dejaBadgee(carte)) continue;
    const premiere = conventions[0]!;
    monter(ctx, {
      nom: NOM_HOTE_CARTE,
      ancre: carte.titre,
      ajout: 'before',
      attributs: {
        'data-jauge-convention': premiere.id,
        'data-jauge-niveau': premiere.niveau,
        'data-jauge-phase': premiere.phase,
        'data-jauge-nombre': String(conventions.length),
        'data-jauge-startup': carte.slug,
      },
      contenu: <BadgeCarte conventions={conventions} />,
    });
  }
}

export const badgesCartes: Fonctionnalite = {
  id: 'badges-cartes',
  inclure: (url) => estListeStartups(url) || idIncubateur(url) !== null,
  async init(ctx) {
    const main = document.querySelector('main#contenu');
    if (!main) return;
    const connues = new Map<string, ResumeConvention[]>();
    let minuteur: number | undefined;
    let passe: Promise<void> = Promise.resolve();
    // Passes run one after another, so two rebuilds in a row never badge a card twice.
    const planifier = () => {
      if (minuteur !== undefined) clearTimeout(minuteur);
      minuteur = ctx.setTimeout(() => {
        minuteur = undefined;
        passe = passe.then(() => badgerCartes(ctx, main, connues)).catch(() => undefined);
      }, DELAI_MS);
    };
    const observateur = new MutationObserver((mutations) => {
      // Our own badges appearing are not a rebuild.
      const autres = mutations.some((m) =>
        [...m.addedNodes, ...m.removedNodes].some((n) => !(n instanceof Element && n.localName === NOM_HOTE_CARTE)),
      );
      if (autres) planifier();
    });
    observateur.observe(main, { childList: true, subtree: true });
    ctx.onInvalidated(() => observateur.disconnect());
    planifier();
  },
};
