// Startup page: one badge per convention funding the startup (directly or through its incubator),
// under the h1 like the site's event badges.
// Test URLs: https://beta.gouv.fr/startups/classe-a-12.html, https://beta.gouv.fr/startups/tdb-apprentissage,
// https://beta.gouv.fr/startups/la-bonne-alternance.html (through incubator mission-apprentissage).
import { envoyer } from '../lib/envoyer';
import { slugStartup, titreStartup } from '../lib/betagouv';
import { monterBadgesSousTitre } from './badges-titre';
import type { Fonctionnalite } from './fonctionnalite';

export const badgesStartup: Fonctionnalite = {
  id: 'badges-startup',
  inclure: (url) => slugStartup(url) !== null,
  async init(ctx, url) {
    const slug = slugStartup(url);
    const titre = titreStartup(document);
    if (!slug || !titre) return; // unknown markup: no badge rather than a misplaced one
    const reponse = await envoyer({ type: 'conventions-startup', slug });
    if (!reponse.ok || reponse.valeur.conventions.length === 0 || !ctx.isValid) return;
    monterBadgesSousTitre(ctx, titre, reponse.valeur.conventions);
  },
};
