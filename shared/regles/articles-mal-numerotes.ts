/**
 * @fileoverview Article headings whose numbers skip (3 then 5), repeat (2 twice) or go backwards:
 * cross-references (« l'article 4 ») then point at the wrong clause.
 */
import { positionDuTexte } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

interface Titre {
  numero: number;
  ligne: number;
}

const ROMAINS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** `12`, `1er`, `premier`, `IV` → number; null for anything else. */
function lireNumero(brut: string): number | null {
  const t = brut.toLowerCase();
  if (t === 'premier' || t === 'premiere' || t === 'première' || t === '1er') return 1;
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[ivxlc]+$/.test(t)) {
    let total = 0;
    for (let i = 0; i < t.length; i++) {
      const v = ROMAINS[t[i]!]!;
      const suivant = ROMAINS[t[i + 1] ?? ''] ?? 0;
      total += v < suivant ? -v : v;
    }
    return total;
  }
  return null;
}

/**
 * A heading starts its line (after markdown `#`, `*`, `_`, `>` or a list dash), then `Article`, a number,
 * and a separator or the end of the line: `## **Article 2 : Obligations**`, `ARTICLE 3 -`, `Article premier`.
 * In-sentence references (« conformément à l'article 2 du décret ») never start a line that way.
 * Sub-articles (`Article 2.1`) are left alone.
 */
const TITRE = /^[\s#>*_]*article\s+(\d+|1er|premi(?:er|[eè]re)|[ivxlc]+)(?:er)?[\s*_]*(?:[:.\-–—)]|$)(?!\d)/i;

function lireTitres(lignes: readonly string[]): Titre[] {
  const titres: Titre[] = [];
  lignes.forEach((texte, i) => {
    const m = TITRE.exec(texte);
    if (!m) return;
    const numero = lireNumero(m[1]!);
    if (numero !== null) titres.push({ numero, ligne: i + 1 });
  });
  return titres;
}

const messages = {
  debut: (numero: number) => `La numérotation commence à l'article ${numero} : numérotez ce premier article « Article 1 » et décalez les suivants.`,
  double: (numero: number, ligne: number) =>
    `Article ${numero} en double (déjà ligne ${ligne}) : numérotez celui-ci « Article ${numero + 1} », décalez les suivants ` +
    'et vérifiez les renvois (« l\'article … ») du texte.',
  saut: (numero: number, precedent: number) => {
    const manquants = Array.from({ length: numero - precedent - 1 }, (_, i) => precedent + 1 + i);
    const liste = manquants.length === 1 ? `l'article ${manquants[0]} manque` : `les articles ${manquants.join(', ')} manquent`;
    return (
      `Article ${numero} juste après l'article ${precedent} : ${liste}. Numérotez celui-ci « Article ${precedent + 1} » et décalez ` +
      'les suivants, ou rétablissez l\'article manquant ; vérifiez les renvois du texte.'
    );
  },
  recul: (numero: number, precedent: number) =>
    `Article ${numero} après l'article ${precedent} : les articles se suivent dans l'ordre ; numérotez celui-ci « Article ${precedent + 1} ».`,
};

const articlesMalNumerotes: Regle = {
  meta: {
    id: 'articles-mal-numerotes',
    gravite: 'avertissement',
    titre: 'Articles mal numérotés',
    pourquoi:
      "Les conventions renvoient à leurs propres articles (« l'UO mentionnée à l'article 1 », « la période fixée à l'article 2 ») : un numéro " +
      'sauté ou répété rend ces renvois ambigus. Règle de rédaction des actes [sûr] ; sans effet sur les crédits, d\'où un avertissement.',
  },
  check(contexte) {
    if (!contexte.texte) return [];
    const titres = lireTitres(contexte.texte).map((t) => ({ ...t, ligne: positionDuTexte(contexte, t.ligne).ligne! }));
    const constats: Signalement[] = [];
    const vus = new Map<number, number>();
    titres.forEach((titre, i) => {
      const precedent = titres[i - 1];
      const position = { ligne: titre.ligne };
      if (!precedent) {
        if (titre.numero !== 1) constats.push({ message: messages.debut(titre.numero), position });
      } else if (titre.numero === precedent.numero || (titre.numero < precedent.numero && vus.has(titre.numero))) {
        constats.push({ message: messages.double(titre.numero, vus.get(titre.numero) ?? precedent.ligne), position });
      } else if (titre.numero < precedent.numero) {
        constats.push({ message: messages.recul(titre.numero, precedent.numero), position });
      } else if (titre.numero > precedent.numero + 1) {
        constats.push({ message: messages.saut(titre.numero, precedent.numero), position });
      }
      if (!vus.has(titre.numero)) vus.set(titre.numero, titre.ligne);
    });
    return constats;
  },
};

export default articlesMalNumerotes;
