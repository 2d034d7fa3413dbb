// Mounting Preact components under happy-dom, and driving them like a user would.
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

let conteneurs: HTMLElement[] = [];

export function monter(vue: ComponentChild): HTMLElement {
  const conteneur = document.createElement('div');
  document.body.append(conteneur);
  conteneurs.push(conteneur);
  act(() => render(vue, conteneur));
  return conteneur;
}

export function demonterTout(): void {
  for (const c of conteneurs) {
    act(() => render(null, c));
    c.remove();
  }
  conteneurs = [];
}

/** Lets pending promises (mocked messages) settle and Preact re-render. */
export async function patienter(fois = 3): Promise<void> {
  for (let i = 0; i < fois; i++) {
    await act(async () => {
      await new Promise((fin) => setTimeout(fin, 0));
    });
  }
}

export async function taper(champ: HTMLInputElement, texte: string): Promise<void> {
  await act(async () => {
    champ.value = texte;
    champ.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function touche(cible: Element, key: string): Promise<KeyboardEvent> {
  const evenement = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  await act(async () => {
    cible.dispatchEvent(evenement);
  });
  return evenement;
}

export async function cliquer(cible: Element): Promise<void> {
  await act(async () => {
    (cible as HTMLElement).click();
  });
}

/** Text with every kind of space folded to a plain one (Intl writes U+202F and U+00A0). */
export function texte(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
}

export function requis<T extends Element>(el: T | null | undefined, quoi = 'élément'): T {
  if (!el) throw new Error(`${quoi} introuvable`);
  return el;
}

/** Lets the page work until `condition` holds (at most ~200 event-loop turns). */
export async function attendre(condition: () => boolean, quoi = 'la condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await patienter(1);
  }
  throw new Error(`${quoi} n'est jamais arrivée`);
}
