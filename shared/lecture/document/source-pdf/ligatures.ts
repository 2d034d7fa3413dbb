// Ghostscript (seen with 10.00) rewrites a PDF's fonts and writes the ToUnicode of the ligature
// glyphs U+FB00–U+FB04 (ﬀ ﬁ ﬂ ﬃ ﬄ) with their high byte cut: û ü ý þ ÿ (U+00FB–U+00FF). Every
// « financier », « fin », « modifié », « effet » of such a PDF reads « ünancier », « ün », « modiüé »,
// « eûet ». In a PDF Ghostscript made, those letters are read back as the ligature wherever French
// would not write the letter: ý þ ÿ never; ü but after a or g (Saül, aigüe); û only before a vowel
// (« eûet »), or between a vowel and r + vowel (« oûre »), never in coût, sûr, dû, goût, août.
const VOYELLE = '[aeiouyéèêëàâîïôöùûüœæ]';
const APRES_VOYELLE = new RegExp(`^${VOYELLE}`, 'i');

/** Whether a PDF's /Producer is Ghostscript. */
export const estGhostscript = (producteur: unknown): boolean => typeof producteur === 'string' && /ghostscript/i.test(producteur);

/** A word of a Ghostscript PDF with its ligatures read back (the word unchanged when none is there). */
export function reparerLigatures(mot: string): string {
  if (!/[ûüýþÿ]/.test(mot)) return mot;
  let sortie = '';
  for (let i = 0; i < mot.length; i++) {
    const c = mot[i]!;
    const avant = mot[i - 1] ?? '';
    const apres = mot.slice(i + 1);
    if (c === 'ý') sortie += 'fl';
    else if (c === 'þ') sortie += 'ffi';
    else if (c === 'ÿ') sortie += 'ffl';
    else if (c === 'ü') sortie += /[ag]/i.test(avant) ? c : 'fi';
    else if (c === 'û') {
      const ff = APRES_VOYELLE.test(apres) || (APRES_VOYELLE.test(avant) && new RegExp(`^r${VOYELLE}`, 'i').test(apres));
      sortie += ff ? 'ff' : c;
    } else sortie += c;
  }
  return sortie;
}
