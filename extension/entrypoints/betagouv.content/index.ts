// Content script for beta.gouv.fr startup, list and incubator pages: runs the overlay features.
import { MOTIFS_CONTENU } from '../../lib/betagouv';
import { apresChargement } from '../../lib/apres-chargement';
import { lancerFonctionnalites } from '../../features';

export default defineContentScript({
  matches: MOTIFS_CONTENU,
  // The latest Chrome offers; even so it may run just before `load`, hence apresChargement.
  runAt: 'document_idle',
  // Styles go into each badge's shadow root (see features/monter.tsx), never into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    apresChargement(ctx, () => void lancerFonctionnalites(ctx, new URL(location.href)));
  },
});
