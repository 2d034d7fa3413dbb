// A convention's id when the registry gives none: `<sigle du délégant>-<date de signature>` in
// lower case (`dgefp-2024-03-28`). Without either, an id derived from the text's lines, so that
// reading the same text twice — even saved with other line endings — gives the same id.
import type { Partie } from '../../model';
import { normaliserTexte } from '../../texte';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free. */
function empreinte(texte: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function enSlug(s: string): string {
  return normaliserTexte(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function identifiant(delegant: Partie, dateSignature: string | undefined, lignes: readonly string[]): string {
  const sigle = delegant.sigle ? enSlug(delegant.sigle) : '';
  if (sigle && dateSignature) return `${sigle}-${dateSignature}`;
  return `${sigle || 'convention'}-${empreinte(lignes.join('\n'))}`;
}
