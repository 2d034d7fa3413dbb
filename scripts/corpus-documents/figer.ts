// Makes a PDF's bytes depend on its content only: the producers stamp the time of the run
// (CreationDate, ModDate, XMP dates) and a random file /ID or XMP uuid. Each is rewritten in place
// with a string of the same length, so the cross-reference offsets stay right.
import { createHash } from 'node:crypto';

/** The date every corpus document claims, as producers write it. */
export const DATE_FIXE = { pdf: '20250101120000', xmp: '2025-01-01T12:00:00' };

export function figerPdf(octets: Uint8Array): Buffer {
  // latin1 maps each byte to one char and back: binary streams survive untouched.
  let texte = Buffer.from(octets).toString('latin1');
  texte = texte.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, `$1${DATE_FIXE.pdf}`);
  texte = texte.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/g, `$1${DATE_FIXE.xmp}`);
  // Identifiers: zeroed first, then derived from the content they identify.
  const ids = /(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])/g;
  const uuids = /(uuid:)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g;
  // LibreOffice's checksum of the document covers its creation time.
  const controle = /(\/DocChecksum\s*\/)([0-9A-Fa-f]{32})/g;
  texte = texte.replace(ids, (_, a: string, x: string, b: string, y: string, c: string) => `${a}${'0'.repeat(x.length)}${b}${'0'.repeat(y.length)}${c}`);
  texte = texte.replace(uuids, (_, a: string, u: string) => `${a}${u.replace(/[0-9a-f]/g, '0')}`);
  texte = texte.replace(controle, (_, a: string) => `${a}${'0'.repeat(32)}`);
  const empreinte = createHash('md5').update(texte, 'latin1').digest('hex');
  texte = texte.replace(controle, (_, a: string) => `${a}${empreinte.toUpperCase()}`);
  texte = texte.replace(ids, (_, a: string, x: string, b: string, y: string, c: string) => `${a}${empreinte.toUpperCase().slice(0, x.length).padEnd(x.length, '0')}${b}${empreinte.toUpperCase().slice(0, y.length).padEnd(y.length, '0')}${c}`);
  const u = empreinte;
  texte = texte.replace(uuids, (_, a: string) => `${a}${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20, 32)}`);
  return Buffer.from(texte, 'latin1');
}
