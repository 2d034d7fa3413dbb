// What the checks say of a form, by field: format errors (read in the page), values the schema
// refuses and the rules' findings (from the background, by model path), each under its field.
import type { Constat, Convention } from '../../../shared/model';
import { formaterDate } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';
import type { ErreurChamp } from '../../lib/messages';
import { libelleGravite } from '../libelles';
import { CHAMPS } from './champs';
import type { ErreurSaisie } from './saisie';
import { champDuChemin } from './chemins';

export interface Message {
  gravite: 'erreur' | 'avertissement' | 'information';
  texte: string;
}

/** Messages by form field (`dateFin`, `echeancier.0.ae`, `echeancier`, `liens`…). */
export type Controles = Map<string, Message[]>;

export function controlesDe(format: readonly ErreurSaisie[], schema: readonly ErreurChamp[], constats: readonly Constat[]): Controles {
  const parChamp: Controles = new Map();
  const ajouter = (champ: string, m: Message) => parChamp.set(champ, [...(parChamp.get(champ) ?? []), m]);
  for (const e of format) ajouter(e.champ, { gravite: 'erreur', texte: e.message });
  for (const e of schema) ajouter(champDuChemin(e.champ), { gravite: 'erreur', texte: e.message });
  for (const c of constats) {
    if (c.gravite === 'information' || !c.position?.champ) continue;
    ajouter(champDuChemin(c.position.champ), { gravite: c.gravite, texte: c.message });
  }
  return parChamp;
}

/** `Erreur : …` — the gravity in words, never by colour alone. */
export function texteMessage(m: Message): string {
  return `${libelleGravite(m.gravite)} : ${m.texte}`;
}

/** A value as first read, in words, for the « modifié à la main » mark. */
export function valeurEnMots(chemin: string, valeur: unknown): string {
  if (valeur === null || valeur === undefined || valeur === '') return 'rien n’avait été lu';
  const definition = CHAMPS.find((d) => d.chemin === chemin);
  if (definition?.sorte === 'date' && typeof valeur === 'string') return formaterDate(valeur);
  if (definition?.sorte === 'montant' && typeof valeur === 'number') return formaterMontant(valeur);
  if (chemin === 'echeancier' && Array.isArray(valeur)) {
    const lignes = valeur as Convention['echeancier'];
    const m = (v: number | null) => (v === null ? '—' : formaterMontant(v));
    return lignes.length === 0 ? 'aucune ligne' : lignes.map((l) => `${l.annee} : AE ${m(l.ae)}, CP ${m(l.cp)}`).join(' ; ');
  }
  if (Array.isArray(valeur)) return valeur.map((v) => (typeof v === 'object' && v ? ((v as { sigle?: string; nom?: string }).sigle ?? (v as { nom?: string }).nom ?? '') : String(v))).join(', ');
  return String(valeur);
}
