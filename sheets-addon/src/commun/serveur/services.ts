// The Apps Script services both add-ons use the same way (document properties, the clock): each
// host's adapter re-exports them, so that it stays its server's only door to Apps Script.

// ---- Document properties (Jauge's memory of its marks) ----------------------------------------------

export function lireProprietes(): Record<string, string> {
  return PropertiesService.getDocumentProperties().getProperties();
}

/** Replaces the whole set of document properties in one call (they belong to this add-on only). */
export function remplacerProprietes(proprietes: Record<string, string>): void {
  PropertiesService.getDocumentProperties().setProperties(proprietes, true);
}

// ---- The clock -------------------------------------------------------------------------------------------

/** Today in Paris (the add-on's time zone, appsscript.json), ISO. The only place that reads the clock. */
export function aujourdhui(): string {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
}
