// The convention's own columns of the registry CSV (parties, dates, Chorus line, ceiling, FAST amount,
// notice, committees, years left to an avenant, startups, the fields changed by hand), in writing order:
// how each cell is read into the convention, and written back. What an avenant changes and the plan
// have their own files.
import type { Convention } from '../../model';
import { ecrireEuros } from '../../montant';
import { avec, texte, type DefinitionColonne } from './colonne';
import { citer } from '../../texte';
import { Echec, lireAnnees, lireBooleen, lireDateCsv, lireEntier, lireEuros, lireType, texteDeCellule, type Lu } from './cellules';
import { ecrireListe, ecrireParties, lireListe, lireParties } from './listes';
import { protegerTexte } from '../csv-francais';

const chorus = (c: Convention) => (c.chorus ??= {});
const plafond = (c: Convention) => (c.plafond ??= {});

export const COLONNES_CONVENTION = [
  {
    nom: 'type',
    lire: avec(lireType, (b, v) => (b.convention.type = v)),
    ecrire: (c) => c.type,
  },
  {
    nom: 'titre',
    lire: texte((b, v) => (b.convention.titre = v)),
    ecrire: (c) => protegerTexte(c.titre),
  },
  {
    nom: 'delegant',
    lire: texte((b, v) => (b.convention.delegant.sigle = v)),
    ecrire: (c) => protegerTexte(c.delegant.sigle),
  },
  {
    nom: 'delegant_nom',
    lire: texte((b, v) => (b.convention.delegant.nom = v)),
    ecrire: (c) => protegerTexte(c.delegant.nom),
  },
  {
    nom: 'delegataire',
    lire: texte((b, v) => (b.convention.delegataire.sigle = v)),
    ecrire: (c) => protegerTexte(c.delegataire.sigle),
  },
  {
    nom: 'delegataire_nom',
    lire: texte((b, v) => (b.convention.delegataire.nom = v)),
    ecrire: (c) => protegerTexte(c.delegataire.nom),
  },
  {
    nom: 'autres_parties',
    lire: avec((t) => lireParties(texteDeCellule(t)), (b, v) => v.length > 0 && (b.convention.autresParties = v)),
    ecrire: (c) => protegerTexte(ecrireParties(c.autresParties ?? [])),
  },
  {
    nom: 'date_signature',
    lire: avec(lireDateCsv, (b, v) => (b.convention.dateSignature = v)),
    ecrire: (c) => c.dateSignature ?? '',
  },
  {
    nom: 'date_fin',
    lire: avec(lireDateCsv, (b, v) => (b.convention.dateFin = v)),
    ecrire: (c) => c.dateFin ?? '',
  },
  {
    nom: 'uo',
    lire: texte((b, v) => (b.convention.uo = v)),
    ecrire: (c) => protegerTexte(c.uo),
  },
  {
    nom: 'programme',
    lire: texte((b, v) => (b.convention.programme = v)),
    ecrire: (c) => protegerTexte(c.programme),
  },
  {
    nom: 'bop',
    lire: texte((b, v) => (b.convention.bop = v)),
    ecrire: (c) => protegerTexte(c.bop),
  },
  {
    nom: 'axe_ministeriel_1',
    lire: texte((b, v) => (chorus(b.convention).axeMinisteriel1 = v)),
    ecrire: (c) => protegerTexte(c.chorus?.axeMinisteriel1),
  },
  {
    nom: 'axe_ministeriel_2',
    lire: texte((b, v) => (chorus(b.convention).axeMinisteriel2 = v)),
    ecrire: (c) => protegerTexte(c.chorus?.axeMinisteriel2),
  },
  {
    nom: 'domaine_fonctionnel',
    lire: texte((b, v) => (chorus(b.convention).domaineFonctionnel = v)),
    ecrire: (c) => protegerTexte(c.chorus?.domaineFonctionnel),
  },
  {
    nom: 'centre_financier',
    lire: texte((b, v) => (chorus(b.convention).centreFinancier = v)),
    ecrire: (c) => protegerTexte(c.chorus?.centreFinancier),
  },
  {
    nom: 'activites',
    lire: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (chorus(b.convention).activites = v)),
    ecrire: (c) => protegerTexte(ecrireListe(c.chorus?.activites ?? [])),
  },
  {
    nom: 'centre_de_cout',
    lire: texte((b, v) => (chorus(b.convention).centreDeCout = v)),
    ecrire: (c) => protegerTexte(c.chorus?.centreDeCout),
  },
  {
    nom: 'plafond_ae',
    lire: avec(lireEuros, (b, v) => (plafond(b.convention).ae = v)),
    ecrire: (c) => (c.plafond?.ae === undefined ? '' : ecrireEuros(c.plafond.ae)),
  },
  {
    nom: 'plafond_cp',
    lire: avec(lireEuros, (b, v) => (plafond(b.convention).cp = v)),
    ecrire: (c) => (c.plafond?.cp === undefined ? '' : ecrireEuros(c.plafond.cp)),
  },
  {
    nom: 'plafond_duree_mois',
    lire: avec((t) => lireEntier(t, true), (b, v) => (plafond(b.convention).dureeMois = v)),
    ecrire: (c) => (c.plafond?.dureeMois === undefined ? '' : String(c.plafond.dureeMois)),
  },
  {
    nom: 'montant_fast',
    lire: avec(lireEuros, (b, v) => (b.convention.montantFast = v)),
    ecrire: (c) => (c.montantFast === undefined ? '' : ecrireEuros(c.montantFast)),
  },
  {
    nom: 'preavis_mois',
    lire: avec((t) => lireEntier(t, false), (b, v) => (b.convention.preavisMois = v)),
    ecrire: (c) => (c.preavisMois === undefined ? '' : String(c.preavisMois)),
  },
  {
    nom: 'comites_semestriels',
    lire: avec(lireBooleen, (b, v) => (b.convention.comitesSemestriels = v)),
    ecrire: (c) => (c.comitesSemestriels === undefined ? '' : c.comitesSemestriels ? 'oui' : 'non'),
  },
  {
    nom: 'annees_par_avenant',
    lire: avec(lireAnnees, (b, v) => v.length > 0 && (b.convention.anneesParAvenant = v)),
    ecrire: (c) => (c.anneesParAvenant ?? []).join(' | '),
  },
  {
    nom: 'startups',
    lire: avec((t) => lireListe(texteDeCellule(t)), (b, v) => v.length > 0 && (b.convention.startups = v)),
    ecrire: (c) => protegerTexte(ecrireListe(c.startups ?? [])),
  },
  {
    nom: 'incubateur',
    lire: texte((b, v) => (b.convention.incubateur = v)),
    ecrire: (c) => protegerTexte(c.incubateur),
  },
] as const satisfies readonly DefinitionColonne[];

/** The JSON object of `modificationsManuelles`; its values are checked by the schema, on the whole registry. */
function lireModificationsCsv(texte: string): Lu<NonNullable<Convention['modificationsManuelles']>> {
  let lu: unknown;
  try {
    lu = JSON.parse(texte);
  } catch {
    return new Echec(`modifications manuelles illisibles : un objet JSON est attendu ({"dateFin":{"valeurLue":"2025-06-30","le":"2025-07-01"}}), ${citer(texte, 40)} trouvé.`);
  }
  if (lu === null || typeof lu !== 'object' || Array.isArray(lu)) {
    return new Echec(`modifications manuelles illisibles : un objet JSON est attendu, ${citer(texte, 40)} trouvé.`);
  }
  return lu as NonNullable<Convention['modificationsManuelles']>;
}

/** The fields a person changed by hand (written after the plan's columns: the order is the format's). */
export const COLONNES_MODIFICATIONS = [
  {
    nom: 'modifications_manuelles',
    lire: avec((t) => lireModificationsCsv(texteDeCellule(t)), (b, v) => Object.keys(v).length > 0 && (b.convention.modificationsManuelles = v)),
    ecrire: (c) => (c.modificationsManuelles && Object.keys(c.modificationsManuelles).length > 0 ? JSON.stringify(c.modificationsManuelles) : ''),
  },
] as const satisfies readonly DefinitionColonne[];
