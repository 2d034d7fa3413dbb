// Lists in one registry CSV cell (`startups`, `activites`, `autres_parties`, the plan's items): items
// separated by `|`, a party as `SIGLE`, `SIGLE:Nom` or `:Nom`; `\` escapes `|`, `:` and `\` inside an item.
import type { Partie } from '../../model';

/** Index of the first unescaped `sep`, or -1. */
export function indexNonEchappe(texte: string, sep: string): number {
  for (let i = 0; i < texte.length; i++) {
    if (texte[i] === '\\') i++;
    else if (texte[i] === sep) return i;
  }
  return -1;
}

export function echapper(texte: string, speciaux: string): string {
  let s = '';
  for (const ch of texte) s += ch === '\\' || speciaux.includes(ch) ? `\\${ch}` : ch;
  return s;
}

/** `\x` → `x`. */
export function desechapper(texte: string): string {
  if (!texte.includes('\\')) return texte;
  return texte.replace(/\\(.)/gs, '$1');
}

export function lireListe(texte: string): string[] {
  // One item, the usual case (a trimmed cell): no splitting.
  if (texte.indexOf('|') < 0 && texte.indexOf('\\') < 0) {
    const seul = texte.trim();
    return seul === '' ? [] : [seul];
  }
  // Items are split before unescaping, so an escaped `|` stays inside its item.
  return decouperBrut(texte, '|').map((s) => desechapper(s.trim()).trim()).filter((s) => s !== '');
}

/** Splits on unescaped `sep` but keeps escapes (for a second level of splitting). */
export function decouperBrut(texte: string, sep: string): string[] {
  if (!texte.includes(sep)) return [texte];
  const morceaux: string[] = [];
  let debut = 0;
  for (let i = 0; i < texte.length; i++) {
    if (texte[i] === '\\') i++;
    else if (texte[i] === sep) {
      morceaux.push(texte.slice(debut, i));
      debut = i + 1;
    }
  }
  morceaux.push(texte.slice(debut));
  return morceaux;
}

export function lireParties(texte: string): Partie[] {
  const parties: Partie[] = [];
  for (const brut of decouperBrut(texte, '|')) {
    const item = brut.trim();
    if (item === '') continue;
    const deuxPoints = indexNonEchappe(item, ':');
    const sigle = desechapper(deuxPoints < 0 ? item : item.slice(0, deuxPoints)).trim();
    const nom = deuxPoints < 0 ? '' : desechapper(item.slice(deuxPoints + 1)).trim();
    const partie: Partie = {};
    if (nom !== '') partie.nom = nom;
    if (sigle !== '') partie.sigle = sigle;
    if (partie.nom === undefined && partie.sigle === undefined) continue;
    parties.push(partie);
  }
  return parties;
}

export function ecrireParties(parties: readonly Partie[]): string {
  return parties
    .filter((p) => (p.sigle ?? '').trim() !== '' || (p.nom ?? '').trim() !== '')
    .map((p) => {
      const sigle = echapper((p.sigle ?? '').trim(), '|:');
      const nom = (p.nom ?? '').trim();
      return nom === '' ? sigle : `${sigle}:${echapper(nom, '|:')}`;
    })
    .join(' | ');
}

export function ecrireListe(items: readonly string[]): string {
  return items
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => echapper(s, '|'))
    .join(' | ');
}
