// @vitest-environment happy-dom
// The content script's work starts after the page's load event (never inside it), at an idle
// moment, once; a page whose load never comes still gets its badges; an orphaned script does nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTENTE_CHARGEMENT_MAX_MS, ATTENTE_INACTIVITE_MS, apresChargement } from '../../../extension/lib/apres-chargement';

/** A document still loading, whose window is a bare event target we fire `load` on. */
function pageEnChargement(etat: DocumentReadyState = 'interactive') {
  const fenetre = new EventTarget();
  return { doc: { readyState: etat, defaultView: fenetre } as unknown as Document, fenetre };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('apresChargement', () => {
  it('page en cours de chargement : rien avant `load`, puis une fois, hors de l’événement', () => {
    const travail = vi.fn();
    const { doc, fenetre } = pageEnChargement();
    apresChargement(travail, doc);
    vi.advanceTimersByTime(ATTENTE_CHARGEMENT_MAX_MS - 1);
    expect(travail).not.toHaveBeenCalled();
    fenetre.dispatchEvent(new Event('load'));
    // Not within the load event's dispatch (its listeners count in the page's load time).
    expect(travail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(travail).toHaveBeenCalledTimes(1);
    // The fallback timer was cleared; a second `load` does nothing either.
    fenetre.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(ATTENTE_CHARGEMENT_MAX_MS * 2);
    expect(travail).toHaveBeenCalledTimes(1);
  });

  it('page déjà chargée : au prochain moment calme (requestIdleCallback, avec délai maximal)', () => {
    const rappels: { rappel: () => void; options?: IdleRequestOptions }[] = [];
    vi.stubGlobal('requestIdleCallback', (rappel: () => void, options?: IdleRequestOptions) => rappels.push({ rappel, options }));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const travail = vi.fn();
    apresChargement(travail, pageEnChargement('complete').doc);
    expect(travail).not.toHaveBeenCalled();
    expect(rappels).toHaveLength(1);
    expect(rappels[0]!.options).toEqual({ timeout: ATTENTE_INACTIVITE_MS });
    rappels[0]!.rappel();
    expect(travail).toHaveBeenCalledTimes(1);
  });

  it('`load` qui ne vient pas (image lente) : le travail part quand même, une seule fois', () => {
    const travail = vi.fn();
    const { doc, fenetre } = pageEnChargement();
    apresChargement(travail, doc);
    vi.advanceTimersByTime(ATTENTE_CHARGEMENT_MAX_MS);
    // The idle step (a 0 ms timer here, without requestIdleCallback) was queued from a timer.
    vi.runOnlyPendingTimers();
    expect(travail).toHaveBeenCalledTimes(1);
    fenetre.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(ATTENTE_CHARGEMENT_MAX_MS);
    expect(travail).toHaveBeenCalledTimes(1);
  });

  it('script orphelin (extension mise à jour ou retirée) au moment de partir : rien ne part', () => {
    const travail = vi.fn();
    const { doc, fenetre } = pageEnChargement();
    let valide = true;
    apresChargement(travail, doc, () => valide);
    valide = false;
    fenetre.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(ATTENTE_CHARGEMENT_MAX_MS * 2);
    expect(travail).not.toHaveBeenCalled();
  });
});
