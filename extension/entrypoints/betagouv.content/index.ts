// Content script for beta.gouv.fr startup, list and incubator pages: runs the overlay features.
import { MOTIFS_CONTENU } from '../../lib/betagouv';
import { lancerFonctionnalites } from '../../features';

export default defineContentScript({
  matches: MOTIFS_CONTENU,
  runAt: 'document_idle',
  // Styles go into each badge's shadow root (see features/monter.tsx), never into the page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await lancerFonctionnalites(ctx, new URL(location.href));
  },
});
