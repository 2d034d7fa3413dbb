// The extension's own pages. The options page from the popup and the dashboard. The dashboard
// (tableau-de-bord.html) is opened in a tab from the popup, the options page and
// the toolbar button's context menu (`contextMenus` permission: Chrome requires it even for the
// `action` context; Firefox MV2 calls that context `browser_action`).
import { browser } from 'wxt/browser';

export const MENU_TABLEAU_DE_BORD = 'jauge-tableau-de-bord';

/** The dashboard's URL, with a view's query string (`?phase=en-cours`) or a convention's hash. */
export function urlTableauDeBord(suite = ''): string {
  const getURL = browser.runtime.getURL as (chemin: string) => string;
  return getURL(`/tableau-de-bord.html${suite}`);
}

export async function ouvrirTableauDeBord(suite = ''): Promise<void> {
  await browser.tabs.create({ url: urlTableauDeBord(suite) });
}

/**
 * The toolbar button's menu entry and its listener (a browser without menus, or a test double
 * without them, rejects: the caller ignores it). Created at every start: Chrome keeps menus across service worker
 * restarts (so they are removed first, or the id would be a duplicate), Firefox does not.
 */
export async function installerMenu(): Promise<void> {
  await Promise.resolve(); // any throw below becomes a rejection
  const menus = browser.contextMenus;
  if (!menus) return;
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_TABLEAU_DE_BORD) void ouvrirTableauDeBord().catch(() => undefined);
  });
  const mv2 = browser.runtime.getManifest().manifest_version === 2;
  await menus.removeAll();
  menus.create({
    id: MENU_TABLEAU_DE_BORD,
    title: 'Ouvrir le tableau de bord',
    contexts: [mv2 ? 'browser_action' : 'action'] as never,
  });
}

/** The options page (as a tab where the API is missing, e.g. in tests). */
export async function ouvrirOptions(): Promise<void> {
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    window.open(browser.runtime.getURL('/options.html'), '_blank');
  }
}
