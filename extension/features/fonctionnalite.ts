// What an overlay feature is (as in refined-github): an id (its file name, and its switch in the
// options), the pages it applies to, and an init that may fail softly.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IdFonctionnalite } from '../lib/messages';

export interface Fonctionnalite {
  id: IdFonctionnalite;
  inclure(url: URL): boolean;
  init(ctx: ContentScriptContext, url: URL): Promise<void>;
}
