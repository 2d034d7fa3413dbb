// The portfolio's key dates as an iCalendar file (RFC 5545) that Outlook and Thunderbird import:
// one all-day event per key date, CRLF lines folded at 75 octets, TEXT values escaped, and a UID
// made of the convention and the date's stable key, so that importing a later export again updates
// the events instead of duplicating them.
import { ajouterJours } from '../dates';
import type { EvenementCalendrier } from './calendrier';

export interface OptionsIcs {
  /** When the file is produced, ISO date or date-time (DTSTAMP, in UTC). */
  horodatage: string;
  /**
   * A public page about a convention (URL property and description), when there is one: its startup's
   * beta.gouv.fr page. Never an extension page: a calendar opens it anywhere, where it leads nowhere.
   */
  lien?: (conventionId: string) => string | undefined;
  /** Calendar name shown by the client. */
  nom?: string;
}

export const DOMAINE_UID = 'jauge.beta.gouv.fr';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped. */
export function echapperTexte(t: string): string {
  return t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(point: number): number {
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF then one space), never inside a
 * UTF-8 sequence: the continuation's leading space counts in its 75.
 */
export function plierLigne(ligne: string): string {
  // At most 3 octets per UTF-16 unit: a short line needs no count.
  if (ligne.length * 3 <= 75) return ligne;
  const morceaux: string[] = [];
  let debut = 0;
  let taille = 0;
  for (let i = 0; i < ligne.length; ) {
    const point = ligne.codePointAt(i)!;
    const n = octets(point);
    const largeur = point > 0xffff ? 2 : 1;
    if (taille + n > (morceaux.length === 0 ? 75 : 74)) {
      morceaux.push(ligne.slice(debut, i));
      debut = i;
      taille = 0;
    }
    taille += n;
    i += largeur;
  }
  morceaux.push(ligne.slice(debut));
  return morceaux.join('\r\n ');
}

const dateIcs = (iso: string): string => iso.replace(/-/g, '');

/** `20251204T093000Z` from an ISO date-time (converted to UTC) or date (midnight UTC). */
function horodatageIcs(iso: string): string {
  const complet = iso.includes('T') ? iso : `${iso}T00:00:00Z`;
  return new Date(complet).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UID: convention id (percent-encoded: any text may be an id) and the date's stable key; a shared cut-off, its key alone. */
export function uidEvenement(e: Pick<EvenementCalendrier, 'conventionId' | 'cle'>): string {
  return e.conventionId === '' ? `${e.cle}@${DOMAINE_UID}` : `${e.cle}.${encodeURIComponent(e.conventionId)}@${DOMAINE_UID}`;
}

export function ecrireIcs(evenements: readonly EvenementCalendrier[], options: OptionsIcs): string {
  const dtstamp = horodatageIcs(options.horodatage);
  const lignes = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//beta.gouv.fr//Jauge//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${echapperTexte(options.nom ?? 'Jauge — dates clés des conventions')}`,
  ];
  for (const e of evenements) {
    const lien = e.conventionId === '' ? undefined : options.lien?.(e.conventionId);
    const description = [`${e.libelle}.`, `${e.texte}.`, ...(lien ? [lien] : [])].join('\n');
    lignes.push(
      'BEGIN:VEVENT',
      `UID:${uidEvenement(e)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${dateIcs(e.date)}`,
      `DTEND;VALUE=DATE:${dateIcs(ajouterJours(e.date, 1))}`,
      `SUMMARY:${echapperTexte(`${e.libelle} — ${e.convention}`)}`,
      `DESCRIPTION:${echapperTexte(description)}`,
      ...(lien ? [`URL:${lien}`] : []),
      `CATEGORIES:${echapperTexte('Jauge')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lignes.push('END:VCALENDAR');
  return `${lignes.map(plierLigne).join('\r\n')}\r\n`;
}
