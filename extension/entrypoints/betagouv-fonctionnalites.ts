// The overlay features of beta.gouv.fr pages, imported by the content script's stub after the page's
// load event (entrypoints/betagouv-amorce.ts). A module run in the stub's isolated world, with the
// same native extension API; it starts WXT's context here (invalidated if the extension goes away).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lancerFonctionnalites } from '../features';

export default defineUnlistedScript(() => {
  void lancerFonctionnalites(new ContentScriptContext('betagouv'), new URL(location.href));
});
