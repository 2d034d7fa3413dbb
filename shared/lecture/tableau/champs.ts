// Convention fields written in cells: key–value cells beside an échéancier (`Date de fin | 31/12/2025`)
// and the convention columns of a registry layout (`delegant`, `date_fin`…). First value read wins.
import type { Convention, Position, TypeConvention } from '../../model';
import type { MontantEnLettres } from '../../modele/lu';
import { normaliserTexte } from '../../texte';
import { lireDateCellule, lireMontantCellule, lireTexteCellule, type CelluleLue } from './cellule';
import type { TypeColonne, Unite } from './entetes';

/** The convention fields a cell can give, with where each was read (`dateFin` → C2). */
export interface ChampsLus {
  id?: string;
  type?: TypeConvention;
  titre?: string;
  delegant: { nom?: string; sigle?: string };
  delegataire: { nom?: string; sigle?: string };
  dateSignature?: string;
  dateFin?: string;
  uo?: string;
  programme?: string;
  centreFinancier?: string;
  plafondAe?: number;
  plafondCp?: number;
  startups?: string[];
  incubateur?: string;
  /** Field path (as in Convention: `dateFin`, `plafond.ae`, `chorus.centreFinancier`) → cell. */
  positions: Map<string, Position>;
  /** Amounts written in figures and in words (`Plafond | 2 000 000 € (deux millions d'euros)`). */
  montantsEnLettres: MontantEnLettres[];
}

export function champsVides(): ChampsLus {
  return { delegant: {}, delegataire: {}, positions: new Map(), montantsEnLettres: [] };
}

/** Where each kind of cell lands in a Convention (the path `localiser` answers for). */
const CHEMINS: Partial<Record<TypeColonne, string>> = {
  convention: 'id',
  type: 'type',
  titre: 'titre',
  delegant: 'delegant',
  delegantNom: 'delegant',
  delegataire: 'delegataire',
  delegataireNom: 'delegataire',
  dateSignature: 'dateSignature',
  dateFin: 'dateFin',
  uo: 'uo',
  programme: 'programme',
  centreFinancier: 'chorus.centreFinancier',
  plafondAe: 'plafond.ae',
  plafondCp: 'plafond.cp',
  startups: 'startups',
  incubateur: 'incubateur',
};

/** `DGEFP`, `MENJS`, `DNUM-MS`: an acronym rather than a name. */
function estSigle(texte: string): boolean {
  return /^[A-Z0-9][A-Z0-9&.'-]{1,19}$/.test(texte);
}

function lireType(texte: string): TypeConvention | undefined {
  const t = normaliserTexte(texte);
  if (/avenant/.test(t)) return 'avenant';
  if (/fast|partenariat/.test(t)) return 'partenariat-fast';
  if (/delegation/.test(t)) return 'delegation-de-gestion';
  return undefined;
}

/**
 * Records the value of one cell for a field, unless that field already has a value (the nearest or
 * first cell wins). The position is kept even when the value cannot be read, so that a rule reporting
 * a missing date can point at the cell that held the unreadable one.
 */
export function lireChamp(champs: ChampsLus, type: TypeColonne, cellule: CelluleLue, position: Position, unite?: Unite | null): void {
  const chemin = CHEMINS[type];
  if (chemin === undefined || cellule.brut === '') return;
  const dejaLu = (present: unknown): boolean => present !== undefined;
  const placer = (): void => {
    if (!champs.positions.has(chemin)) champs.positions.set(chemin, position);
  };
  switch (type) {
    case 'dateSignature':
    case 'dateFin': {
      if (dejaLu(champs[type])) return;
      placer();
      const lu = lireDateCellule(cellule);
      if (lu.valeur !== null) champs[type] = lu.valeur;
      return;
    }
    case 'plafondAe':
    case 'plafondCp': {
      if (dejaLu(champs[type])) return;
      placer();
      const lu = lireMontantCellule(cellule, unite);
      if (lu.valeur === null) return;
      champs[type] = lu.valeur;
      if (lu.enLettres) {
        const chiffres = { brut: lu.enLettres.chiffres, valeur: lu.valeur, position };
        champs.montantsEnLettres.push({ chiffres, lettres: lu.enLettres.lettres, position });
      }
      return;
    }
    default:
      break;
  }
  const texte = lireTexteCellule(cellule).valeur;
  if (texte === null) return;
  switch (type) {
    case 'convention':
      if (dejaLu(champs.id)) return;
      champs.id = texte;
      break;
    case 'type': {
      if (dejaLu(champs.type)) return;
      const t = lireType(texte);
      if (t === undefined) return;
      champs.type = t;
      break;
    }
    case 'titre':
    case 'uo':
    case 'centreFinancier':
    case 'incubateur':
      if (dejaLu(champs[type])) return;
      champs[type] = texte;
      break;
    case 'programme':
      if (dejaLu(champs.programme)) return;
      // A number cell lost the leading zero of a Chorus programme (0103 → 103).
      champs.programme = typeof cellule.valeur === 'number' && /^\d{1,3}$/.test(texte) ? texte.padStart(4, '0') : texte;
      break;
    case 'delegant':
    case 'delegataire': {
      const partie = champs[type];
      if (estSigle(texte)) {
        if (dejaLu(partie.sigle)) return;
        partie.sigle = texte;
      } else {
        if (dejaLu(partie.nom)) return;
        partie.nom = texte;
      }
      break;
    }
    case 'delegantNom':
    case 'delegataireNom': {
      const partie = type === 'delegantNom' ? champs.delegant : champs.delegataire;
      if (dejaLu(partie.nom)) return;
      partie.nom = texte;
      break;
    }
    case 'startups':
      if (dejaLu(champs.startups)) return;
      champs.startups = texte.split(/[\s,;|]+/).filter((s) => s !== '');
      break;
    default:
      return;
  }
  placer();
}

/** Copies the fields read into a Convention (only the fields that hold a value). */
export function appliquerChamps(convention: Convention, champs: ChampsLus): Convention {
  const c: Convention = { ...convention };
  if (champs.type) c.type = champs.type;
  if (champs.titre) c.titre = champs.titre;
  c.delegant = { ...champs.delegant };
  c.delegataire = { ...champs.delegataire };
  if (champs.dateSignature) c.dateSignature = champs.dateSignature;
  if (champs.dateFin) c.dateFin = champs.dateFin;
  if (champs.uo) c.uo = champs.uo;
  if (champs.programme) c.programme = champs.programme;
  if (champs.centreFinancier) c.chorus = { centreFinancier: champs.centreFinancier };
  if (champs.plafondAe !== undefined || champs.plafondCp !== undefined) {
    c.plafond = {
      ...(champs.plafondAe !== undefined ? { ae: champs.plafondAe } : {}),
      ...(champs.plafondCp !== undefined ? { cp: champs.plafondCp } : {}),
    };
  }
  if (champs.startups && champs.startups.length > 0) c.startups = champs.startups;
  if (champs.incubateur) c.incubateur = champs.incubateur;
  return c;
}
