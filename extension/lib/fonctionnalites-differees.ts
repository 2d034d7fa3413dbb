// The beta.gouv.fr scripts: the content script (a stub, entrypoints/betagouv-amorce.ts) and the
// overlay features it imports once the page has loaded (entrypoints/betagouv-fonctionnalites.ts).
// The features' file is exposed to beta.gouv.fr pages only (web_accessible_resources: a content
// script's import() loads with the page's rights), in Chrome through a per-session URL
// (use_dynamic_url) that no page can guess to probe for Jauge.
export const SCRIPT_CONTENU = 'betagouv-amorce.js';
export const FICHIER_FONCTIONNALITES = '/betagouv-fonctionnalites.js';
