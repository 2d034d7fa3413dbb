// What the scan's preparation changed, said to the person: pages turned back upright, images
// reduced before recognition. One finding per kind of change, naming its pages.
import type { Constat } from '../../../model';
import type { QuartDeTour } from './orientation';

export const REGLE_PAGE_TOURNEE = 'scan-page-tournee';
export const REGLE_IMAGE_REDUITE = 'scan-image-reduite';

/** « page 3 », « pages 1 à 4 », « pages 1, 2 et 5 ». */
export function nommerPages(pages: readonly number[]): string {
  const triees = [...pages].sort((a, b) => a - b);
  if (triees.length === 1) return `page ${triees[0]}`;
  const suivies = triees.every((p, i) => i === 0 || p === triees[i - 1]! + 1);
  if (suivies) return `pages ${triees[0]} à ${triees[triees.length - 1]}`;
  return `pages ${triees.slice(0, -1).join(', ')} et ${triees[triees.length - 1]}`;
}

const SENS: Record<Exclude<QuartDeTour, 0>, string> = {
  90: "couchée (tournée d'un quart de tour vers la droite)",
  180: "à l'envers",
  270: "couchée (tournée d'un quart de tour vers la gauche)",
};

/** One finding per orientation other than upright: which pages were scanned that way and turned back. */
export function constatsPagesTournees(nom: string, rotations: ReadonlyMap<number, QuartDeTour>): Constat[] {
  const constats: Constat[] = [];
  for (const rotation of [180, 90, 270] as const) {
    const pages = [...rotations].filter(([, r]) => r === rotation).map(([p]) => p);
    if (!pages.length) continue;
    const plusieurs = pages.length > 1;
    constats.push({
      regle: REGLE_PAGE_TOURNEE,
      gravite: 'information',
      message: `« ${nom} » : ${nommerPages(pages)} numérisée${plusieurs ? 's' : ''} ${SENS[rotation].replace('tournée', plusieurs ? 'tournées' : 'tournée').replace('couchée', plusieurs ? 'couchées' : 'couchée')} ; ${plusieurs ? 'elles ont été remises' : 'elle a été remise'} à l'endroit avant la reconnaissance du texte.`,
      position: { page: Math.min(...pages) },
    });
  }
  return constats;
}

export interface Reduction {
  page: number;
  largeur: number;
  hauteur: number;
  dpiSource: number;
  dpi: number;
}

const entier = (n: number): string => Math.round(n).toLocaleString('fr-FR');

/** One finding for the pages whose image was larger than recognition needs and was reduced. */
export function constatImagesReduites(nom: string, reductions: readonly Reduction[]): Constat[] {
  if (!reductions.length) return [];
  const premiere = reductions[0]!;
  const apres = Math.round(Math.max(...reductions.map((r) => r.dpi)));
  let message: string;
  if (reductions.length === 1) {
    const source = premiere.dpiSource ? ` (${entier(premiere.dpiSource)} dpi)` : '';
    message = `« ${nom} » : page ${premiere.page} : image de ${entier(premiere.largeur)} × ${entier(premiere.hauteur)} pixels${source}, plus grande que ce que la reconnaissance demande : ramenée à ${entier(apres)} dpi avant la lecture.`;
  } else {
    const avant = Math.max(...reductions.map((r) => r.dpiSource));
    const source = avant ? ` (jusqu'à ${entier(avant)} dpi)` : '';
    message = `« ${nom} » : ${nommerPages(reductions.map((r) => r.page))} : images plus grandes que ce que la reconnaissance demande${source} : ramenées à ${entier(apres)} dpi au plus avant la lecture.`;
  }
  return [{ regle: REGLE_IMAGE_REDUITE, gravite: 'information', message, position: { page: premiere.page } }];
}
