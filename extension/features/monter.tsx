// Mounts a Preact component in its own shadow root (WXT createShadowRootUi) with our stylesheet,
// and sets the host element's data attributes (the contract tests and other tools rely on).
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../components/badge/style.css?inline';

export interface OptionsMontage {
  /** Custom element name of the host (`jauge-badge`). */
  nom: string;
  ancre: Element;
  ajout: 'first' | 'last' | 'before' | 'after';
  attributs: Record<string, string>;
  contenu: ComponentChild;
}

export async function monter(ctx: ContentScriptContext, o: OptionsMontage): Promise<ShadowRootContentScriptUi<void>> {
  const ui = await createShadowRootUi<void>(ctx, {
    name: o.nom,
    position: 'inline',
    anchor: o.ancre,
    append: o.ajout,
    css,
    onMount(conteneur) {
      render(o.contenu, conteneur);
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  for (const [nom, valeur] of Object.entries(o.attributs)) ui.shadowHost.setAttribute(nom, valeur);
  ui.mount();
  return ui;
}
