// Small whole numbers written in figures or in words (« trois mois », « dix-huit mois »,
// « 6 mois »), read through shared/lettres.ts so that French number words have one reader.
import { lireMontantEnLettres } from '../../lettres';

/** `3`, `trois`, `dix-huit`, `douze` → the integer; anything else → null. */
export function lireEntier(texte: string): number | null {
  const t = texte.trim();
  if (/^\d{1,4}$/.test(t)) return Number(t);
  if (!/^[a-zàâçéèêëîïôûùüÿ -]+$/i.test(t)) return null;
  // lettres.ts reads amounts: « trois euros » is 300 cents.
  const lu = lireMontantEnLettres(`${t} euros`);
  if (!lu.ok || lu.centimes % 100 !== 0) return null;
  return lu.centimes / 100;
}
