// What an avenant changes, in three registry CSV columns: its number (`2`), the articles it modifies
// (`3 | 5-1 | annexe 2`) and the date of the convention it amends.
import type { Convention } from '../../model';
import { citer } from '../../texte';
import { Echec, lireDateCsv, texteDeCellule, type Lu } from './cellules';
import { avec, type DefinitionColonne } from './colonne';
import { ecrireListe, lireListe } from './listes';
import { protegerTexte } from '../csv-francais';

function lireNumeroAvenant(texte: string): Lu<number> {
  const t = texte.replace(/^n\s*°\s*/i, '');
  if (/^\d{1,4}$/.test(t) && Number(t) > 0) return Number(t);
  return new Echec(`numéro d'avenant attendu, un entier positif (« 2 » pour l'avenant n° 2), ${citer(texte, 40)} trouvé.`);
}

const avenant = (c: Convention) => (c.avenant ??= { articlesModifies: [] });

export const COLONNES_AVENANT = [
  {
    nom: 'avenant_numero',
    lire: avec(lireNumeroAvenant, (b, v) => (avenant(b.convention).numero = v)),
    ecrire: (c) => (c.avenant?.numero === undefined ? '' : String(c.avenant.numero)),
  },
  {
    nom: 'avenant_articles',
    lire: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (avenant(b.convention).articlesModifies = v)),
    ecrire: (c) => protegerTexte(ecrireListe(c.avenant?.articlesModifies ?? [])),
  },
  {
    nom: 'avenant_date_convention',
    lire: avec(lireDateCsv, (b, v) => (avenant(b.convention).dateConventionInitiale = v)),
    ecrire: (c) => c.avenant?.dateConventionInitiale ?? '',
  },
] as const satisfies readonly DefinitionColonne[];
