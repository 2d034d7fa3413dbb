// Chorus code shapes (domain-research §2): patterns inferred from real codes, and the programme each
// code carries. Kept apart from the rules so that `code-chorus-mal-forme` and `programme-discordant`
// agree on what a code is.

/** Upper-cases, trims, and drops markup a text may leave around a code (`[0103-CEFP-C004]`, `**UO …**`). */
export function nettoyerCode(code: string): string {
  return code
    .replace(/[[\]*_`«»"]/g, '')
    .replace(/^\s*UO\s+/i, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toUpperCase();
}

export const MOTIFS = {
  /** programme (4 digits) - BOP (4) - UO (4): `0103-CEFP-C004`. */
  centreFinancier: /^\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/,
  /** programme - BOP: `0103-CEFP`. */
  bop: /^\d{4}-[A-Z0-9]{4}$/,
  /** programme - action [- sous-action]: `0103-01-01`; the action is alphanumeric in a few programmes. */
  domaineFonctionnel: /^\d{4}-[A-Z0-9]{2}(?:-[A-Z0-9]{2})?$/,
  /** 12 alphanumerics once separators are removed: `010300002303`. */
  activite: /^[A-Z0-9]{12}$/,
  /** SAP cost centre (KOSTL, CHAR 10): 1 to 10 alphanumerics. */
  centreDeCout: /^[A-Z0-9]{1,10}$/,
  programme: /^\d{4}$/,
} as const;

/** An activity code without the separators people type and the `BG00/` prefix of Chorus extracts. */
export function normaliserActivite(code: string): string {
  return nettoyerCode(code).replace(/^BG00\//, '').replace(/[\s\-./_]/g, '');
}

/** Zero-pads a programme number written on 1–3 digits (`103` → `0103`); null when not a number. */
export function normaliserProgramme(programme: string): string | null {
  const chiffres = /^\D*?(\d{1,4})\D*$/.exec(programme.trim());
  return chiffres ? chiffres[1]!.padStart(4, '0') : null;
}

/**
 * The programme a code carries (first segment for CF/BOP/DF/UO, first 4 characters of an activity),
 * zero-padded; null when it cannot be told.
 */
export function programmeDuCode(code: string, nature: 'segment' | 'activite'): string | null {
  if (nature === 'activite') {
    const a = normaliserActivite(code);
    return /^\d{4}/.test(a) ? a.slice(0, 4) : null;
  }
  const premier = /^(\d{2,4})-/.exec(nettoyerCode(code));
  return premier ? premier[1]!.padStart(4, '0') : null;
}
