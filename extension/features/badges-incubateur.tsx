// Incubator page: the conventions funding the incubator (and so its startups), under its h1.
// Test URLs: https://beta.gouv.fr/incubateurs/mission-apprentissage.html, https://beta.gouv.fr/incubateurs/dinum
import { envoyer } from '../lib/envoyer';
import { idIncubateur, titreIncubateur } from '../lib/betagouv';
import { monterBadgesSousTitre } from './badges-titre';
import type { Fonctionnalite } from './fonctionnalite';

export const badgesIncubateur: Fonctionnalite = {
  id: 'badges-incubateur',
  inclure: (url) => idIncubateur(url) !== null,
  async init(ctx, url) {
    const id = idIncubateur(url);
    const titre = titreIncubateur(document);
    if (!id || !titre) return;
    const reponse = await envoyer({ type: 'conventions-incubateur', id });
    if (!reponse.ok || reponse.valeur.conventions.length === 0 || !ctx.isValid) return;
    monterBadgesSousTitre(ctx, titre, reponse.valeur.conventions);
  },
};
