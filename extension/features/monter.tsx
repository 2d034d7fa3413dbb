// Mounts a Preact component in its own open shadow root with our stylesheet, on a custom host
// element carrying the data attributes (the contract tests and other tools rely on). Hand-made
// rather than WXT's createShadowRootUi: that one ships an isolated-element wrapper, a waiter and
// auto-mount code (about 7 KB) the content script, budgeted at 15 KB gzip, does not need.
import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../components/badge/style.css?inline';

export interface OptionsMontage {
  /** Custom element name of the host (`jauge-badge`). */
  nom: string;
  ancre: Element;
  ajout: 'first' | 'last' | 'before' | 'after';
  attributs: Record<string, string>;
  contenu: ComponentChild;
}

export interface Montage {
  hote: HTMLElement;
  racine: ShadowRoot;
  /** Unmounts the component and takes the host out of the page (idempotent). */
  retirer(): void;
}

function placer(hote: Element, ancre: Element, ajout: OptionsMontage['ajout']): void {
  if (ajout === 'first') ancre.prepend(hote);
  else if (ajout === 'last') ancre.append(hote);
  else if (ajout === 'before') ancre.before(hote);
  else ancre.after(hote);
}

export function monter(ctx: ContentScriptContext, o: OptionsMontage): Montage {
  const doc = o.ancre.ownerDocument;
  const hote = doc.createElement(o.nom);
  for (const [nom, valeur] of Object.entries(o.attributs)) hote.setAttribute(nom, valeur);
  // Open, so the page's tools (and Playwright) can reach inside; styles cannot leak either way.
  const racine = hote.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  // Preact owns only this container: rendering into the shadow root itself would remove the style.
  const conteneur = doc.createElement('div');
  racine.append(style, conteneur);
  placer(hote, o.ancre, o.ajout);
  render(o.contenu, conteneur);

  let retire = false;
  const retirer = () => {
    if (retire) return;
    retire = true;
    render(null, conteneur);
    hote.remove();
  };
  ctx.onInvalidated(retirer);
  return { hote, racine, retirer };
}
