// OCR confusions corrected where the field's own grammar leaves one reading, and only there:
// - a Chorus code's programme segment is four digits (`O1O3-CEFP-C004` → `0103-CEFP-C004`; its
//   other segments may hold letters and are left alone), and so is a programme number after the
//   word « programme »;
// - an amount's figures are digits (`1 5OO 000 €` → `1 500 000 €`: O and o are 0, l and I are 1),
//   and a table cell holding figures then a lone « e » ends with the euro sign the OCR misread;
// - figures the OCR grouped wrong (`1900 000 €`) are regrouped when the amount's words, right
//   after it, say the same number (« (un million neuf cent mille euros) »);
// - a year in a table's first cell, or a date's day and year next to a month's name, are digits.
// S/5 and B/8 are not corrected: either reading is a digit, so the grammar cannot tell. Every
// correction is said, with its page and line, so nothing changes unseen.
import { lireMontantEnLettres } from '../../../lettres';
import type { Constat } from '../../../model';
import { lireMontant } from '../../../montant';
import type { LigneDocument } from '../types';

export const REGLE_CORRECTION_OCR = 'ocr-correction';

export interface Correction {
  page: number;
  ligne: number;
  avant: string;
  apres: string;
  /** Why the grammar leaves one reading, in French (ends the finding's sentence). */
  raison: string;
}

const CHIFFRE_LU: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };
/** Letters the OCR gives for 0 and 1, in a place where only a digit can stand. */
const CONFUSABLE = '[0-9OoIl|]';
const enChiffres = (s: string): string => s.replace(/[OoIl|]/g, (c) => CHIFFRE_LU[c] ?? c);
/** At least half real digits: a word that only looks like a code is not one. */
const surtoutDesChiffres = (s: string): boolean => (s.match(/\d/g)?.length ?? 0) * 2 >= s.replace(/[\s\u00a0\u202f,]/g, '').length;

const MOIS = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';

interface Regle {
  motif: RegExp;
  /** The corrected match, or null to leave it. */
  corriger(m: RegExpExecArray): string | null;
  raison: string;
}

const REGLES: readonly Regle[] = [
  {
    // programme - BOP - UO (or centre financier), programme - BOP, programme - action [- sous-action].
    motif: new RegExp(`(?<![\\w-])(${CONFUSABLE}{4})(-[A-Z0-9]{2,4}(?:-[A-Z0-9]{2,4})?)(?![\\w-])`, 'g'),
    corriger: (m) => (/[OoIl|]/.test(m[1]!) && (m[1]!.match(/\d/g)?.length ?? 0) >= 2 ? enChiffres(m[1]!) + m[2]! : null),
    raison: "le premier segment d'un code Chorus est le numéro du programme, en chiffres",
  },
  {
    motif: new RegExp(`(\\bprogramme\\s*(?:n°\\s*)?:?\\s*)(${CONFUSABLE}{3,4})(?![\\w-])`, 'gi'),
    corriger: (m) => (/[OoIl|]/.test(m[2]!) && surtoutDesChiffres(m[2]!) ? m[1]! + enChiffres(m[2]!) : null),
    raison: "un numéro de programme s'écrit en chiffres",
  },
  {
    // Figures grouped by three, maybe decimals, then the euro sign or « euros ».
    motif: new RegExp(`(?<![\\w,.])(${CONFUSABLE}{1,3}(?:[ \\u00a0\\u202f]${CONFUSABLE}{3})*(?:,${CONFUSABLE}{1,2})?)(\\s*(?:€|euros?\\b))`, 'g'),
    // A lone first character may be the letter (« l'… »), unless more groups of figures follow it.
    corriger: (m) => (/[OoIl|]/.test(m[1]!) && (/^\d/.test(m[1]!) || /\s/.test(m[1]!)) && surtoutDesChiffres(m[1]!) ? enChiffres(m[1]!) + m[2]! : null),
    raison: "les chiffres d'un montant sont des chiffres",
  },
  {
    // Figures whose groups the OCR lost, followed by the amount in words.
    motif: /(?<![\d,])(\d[\d \u00a0\u202f]{2,}\d)(\s*(?:€|euros?\b)\s*\(([^()]{6,160})\))/g,
    corriger: (m) => {
      if (lireMontant(`${m[1]} €`).ok) return null;
      const chiffres = m[1]!.replace(/[ \u00a0\u202f]/g, '');
      const lettres = lireMontantEnLettres(m[3]!);
      if (!lettres.ok || lettres.centimes !== Number(chiffres) * 100) return null;
      return chiffres.replace(/\B(?=(\d{3})+$)/g, ' ') + m[2]!;
    },
    raison: 'ses chiffres, mal groupés par l\'OCR, sont ceux du montant écrit en lettres à sa suite',
  },
  {
    // A whole table cell of figures ending in « e »: the euro sign, misread.
    motif: /(^|\t)(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,2})?)\s?[eé](?=\t|$)/g,
    corriger: (m) => `${m[1]}${m[2]} €`,
    raison: "une case de montant ne finit pas par la lettre « e » : c'est le signe €",
  },
  {
    // The year opening a table row.
    motif: new RegExp(`^((?:19|2[0O])${CONFUSABLE}{2})(?=\\t)`, 'g'),
    corriger: (m) => (/[OoIl|]/.test(m[1]!) ? enChiffres(m[1]!) : null),
    raison: "l'année d'une ligne d'échéancier s'écrit en chiffres",
  },
  {
    motif: new RegExp(`(?<![\\w])(${CONFUSABLE}{1,2})((?:er)?\\s+(?:${MOIS})\\.?\\s+)((?:19|2[0O])${CONFUSABLE}{2})(?![\\w])`, 'gi'),
    corriger: (m) => {
      if (!/[OoIl|]/.test(m[1]! + m[3]!) || !/\d/.test(m[1]!)) return null;
      const jour = Number(enChiffres(m[1]!));
      return jour >= 1 && jour <= 31 ? enChiffres(m[1]!) + m[2]! + enChiffres(m[3]!) : null;
    },
    raison: "le jour et l'année d'une date s'écrivent en chiffres",
  },
];

/** The lines with their certain corrections made, and each correction for the findings. */
export function corrigerConfusions(lignes: readonly LigneDocument[]): { lignes: LigneDocument[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const corrigees = lignes.map((ligne) => {
    let texte = ligne.texte;
    for (const regle of REGLES) {
      texte = texte.replace(regle.motif, (...args: unknown[]) => {
        const m = args.slice(0, -2) as unknown as RegExpExecArray;
        const apres = regle.corriger(m);
        if (apres === null || apres === m[0]) return m[0];
        corrections.push({ page: ligne.page, ligne: ligne.ligne, avant: m[0].trim(), apres: apres.trim(), raison: regle.raison });
        return apres;
      });
    }
    return texte === ligne.texte ? ligne : { ...ligne, texte };
  });
  return { lignes: corrigees, corrections };
}

/** One finding per correction: what the OCR read, what Jauge kept, and why there was no other reading. */
export function constatsCorrections(nom: string, corrections: readonly Correction[]): Constat[] {
  return corrections.map((c) => ({
    regle: REGLE_CORRECTION_OCR,
    gravite: 'information',
    message: `« ${nom} », page ${c.page}, ligne ${c.ligne} : l'OCR a lu « ${c.avant} », Jauge a retenu « ${c.apres} » : ${c.raison}.`,
    position: { page: c.page },
  }));
}
