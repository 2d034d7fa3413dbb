// Turns a file's bytes into text, or says precisely what the file is when it is not text Jauge reads.
// One decoder for the CLI, the extension's imports and its sync: UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM, and Windows-1252 when the caller accepts it (French spreadsheets export CSV in
// it); UTF-32, UTF-16 without BOM, known binary formats and unknown encodings are named, never guessed.
// TextDecoder is part of every runtime shared/ runs in except Apps Script, which never reads files.

export type Encodage = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ResultatDecodage = { ok: true; texte: string; encodage: Encodage } | { ok: false; erreur: string };

export interface OptionsDecodage {
  /**
   * A text that is not UTF-8 but is valid Windows-1252 (Latin-1) is read as such when true; when
   * false it is refused with a message naming its encoding and how to re-save it.
   */
  accepterWindows1252: boolean;
}

/** Names of the encodings in messages. */
export const NOMS_ENCODAGES: Readonly<Record<Encodage, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

const CONSEIL = 'réenregistrez-le en UTF-8 (dans Excel : « Enregistrer sous » › « CSV UTF-8 » ; dans un éditeur de texte : encodage « UTF-8 »)';

/** Signatures of the binary files people most often pick by mistake. */
const SIGNATURES: ReadonlyArray<[readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'un document PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'une archive ZIP (classeur .xlsx, document .docx ou .odt)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'un document Office ancien (.xls ou .doc)'],
  [[0x89, 0x50, 0x4e, 0x47], 'une image PNG'],
  [[0xff, 0xd8, 0xff], 'une image JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'une image GIF'],
  [[0x1f, 0x8b], 'une archive gzip'],
];

function commencePar(octets: Uint8Array, debut: readonly number[]): boolean {
  return octets.length >= debut.length && debut.every((o, i) => octets[i] === o);
}

/** UTF-16 code units to text, refusing a truncated unit or a lone surrogate. */
function decoderUtf16(octets: Uint8Array, debut: number, petitBoutiste: boolean): string | { position: number; raison: string } {
  if ((octets.length - debut) % 2 !== 0) return { position: octets.length, raison: 'le fichier est tronqué (nombre impair d’octets)' };
  const unites = new Uint16Array((octets.length - debut) / 2);
  for (let i = debut, k = 0; i < octets.length; i += 2, k++) {
    unites[k] = petitBoutiste ? octets[i]! | (octets[i + 1]! << 8) : (octets[i]! << 8) | octets[i + 1]!;
  }
  for (let k = 0; k < unites.length; k++) {
    const u = unites[k]!;
    if (u >= 0xd800 && u <= 0xdbff && k + 1 < unites.length && unites[k + 1]! >= 0xdc00 && unites[k + 1]! <= 0xdfff) k++;
    else if (u >= 0xd800 && u <= 0xdfff) return { position: debut + 2 * k + 1, raison: 'un caractère y est coupé (demi-paire de substitution)' };
  }
  return texteDesUnites(unites);
}

function texteDesUnites(unites: Uint16Array): string {
  let texte = '';
  // Slices keep String.fromCharCode's argument count small.
  for (let k = 0; k < unites.length; k += 8192) texte += String.fromCharCode(...unites.subarray(k, k + 8192));
  return texte;
}

/** A text in UTF-16 or UTF-32 without BOM has a NUL byte beside nearly every ASCII character. */
function largeurSansBom(octets: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | null {
  const n = Math.min(octets.length, 4096) & ~3;
  if (n < 4) return null;
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (octets[i] === 0) nuls[i % 4]!++;
  const quart = n / 4;
  const plein = (k: number) => nuls[k]! >= quart * 0.9;
  const vide = (k: number) => nuls[k]! <= quart * 0.1;
  if (vide(0) && plein(1) && plein(2) && plein(3)) return 'utf-32le';
  if (plein(0) && plein(1) && plein(2) && vide(3)) return 'utf-32be';
  if (vide(0) && plein(1) && vide(2) && plein(3)) return 'utf-16le';
  if (plein(0) && vide(1) && plein(2) && vide(3)) return 'utf-16be';
  return null;
}

/** Bytes that Windows-1252 leaves undefined: a text holding one is in no encoding Jauge knows. */
const HORS_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decodes a file's bytes (`nom` names it in messages). Never throws. Empty files decode to ''
 * (callers say what an empty file means to them).
 */
export function decoderTexte(octets: Uint8Array, nom: string, options: OptionsDecodage): ResultatDecodage {
  const fichier = `Le fichier « ${nom} »`;
  try {
    if (commencePar(octets, [0xff, 0xfe, 0x00, 0x00]) || commencePar(octets, [0x00, 0x00, 0xfe, 0xff])) {
      const sens = octets[0] === 0xff ? 'LE' : 'BE';
      return { ok: false, erreur: `${fichier} est encodé en UTF-32 ${sens} (d’après sa marque d’ordre des octets), que Jauge ne lit pas : ${CONSEIL}.` };
    }
    for (const [bom, encodage] of [
      [[0xff, 0xfe], 'utf-16le'],
      [[0xfe, 0xff], 'utf-16be'],
    ] as const) {
      if (!commencePar(octets, bom)) continue;
      const texte = decoderUtf16(octets, 2, encodage === 'utf-16le');
      if (typeof texte !== 'string') {
        return { ok: false, erreur: `${fichier} se déclare en ${NOMS_ENCODAGES[encodage]} mais ${texte.raison} (octet ${texte.position}) : ${CONSEIL}.` };
      }
      return { ok: true, texte, encodage };
    }
    if (commencePar(octets, [0xef, 0xbb, 0xbf])) {
      const texte = utf8(octets.subarray(3));
      if (texte === null) return { ok: false, erreur: `${fichier} se déclare en UTF-8 (marque d’ordre des octets) mais contient des octets qui n’en sont pas : ${CONSEIL}.` };
      return { ok: true, texte, encodage: 'utf-8' };
    }
    for (const [signature, nature] of SIGNATURES) {
      if (commencePar(octets, signature)) return { ok: false, erreur: `${fichier} est ${nature}, pas un texte : attendu un texte (convention .txt/.md, tableau .csv, registre .json).` };
    }
    const largeur = largeurSansBom(octets);
    if (largeur !== null) {
      const nomLargeur = largeur.replace('utf-', 'UTF-').replace(/(le|be)$/, (s) => ` ${s.toUpperCase()}`);
      return {
        ok: false,
        erreur: `${fichier} semble encodé en ${nomLargeur} sans marque d’ordre des octets (BOM), que Jauge ne devine pas : ${CONSEIL}${largeur.startsWith('utf-16') ? ', ou en UTF-16 avec BOM' : ''}.`,
      };
    }
    const nul = octets.indexOf(0);
    if (nul !== -1) {
      return {
        ok: false,
        erreur: `${fichier} est binaire (octet nul à la position ${nul + 1}) : attendu un texte (convention .txt/.md, tableau .csv, registre .json).`,
      };
    }
    const texte = utf8(octets);
    if (texte !== null) return { ok: true, texte, encodage: 'utf-8' };
    const abime = utf8Abime(octets);
    if (abime !== null) {
      return {
        ok: false,
        erreur: `${fichier} est en UTF-8 mais abîmé : l’octet 0x${octets[abime]!.toString(16).toUpperCase()} à la position ${abime + 1} n’est pas de l’UTF-8 (fichier tronqué, ou deux encodages mélangés) : ${CONSEIL}.`,
      };
    }
    const inconnu = octets.findIndex((o) => HORS_WINDOWS_1252.has(o));
    if (inconnu !== -1) {
      return {
        ok: false,
        erreur: `${fichier} n’est ni en UTF-8, ni en UTF-16, ni en Windows-1252 (octet 0x${octets[inconnu]!.toString(16).toUpperCase()} à la position ${inconnu + 1}) : ${CONSEIL}.`,
      };
    }
    if (!options.accepterWindows1252) {
      const position = premierOctetNonAscii(octets);
      return {
        ok: false,
        erreur: `${fichier} est encodé en Windows-1252 (Latin-1, l’encodage des CSV d’Excel sous Windows), pas en UTF-8 (octet 0x${octets[position]!.toString(16).toUpperCase()} à la position ${position + 1}) : ${CONSEIL}.`,
      };
    }
    return { ok: true, texte: decoderWindows1252(octets), encodage: 'windows-1252' };
  } catch {
    return { ok: false, erreur: `${fichier} n’a pas pu être décodé.` };
  }
}

/** 0x80–0x9F in Windows-1252 (0 = undefined); the rest is Latin-1. By hand: Node 20 decodes it as Latin-1. */
const WINDOWS_1252_80 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decoderWindows1252(octets: Uint8Array): string {
  const unites = new Uint16Array(octets.length);
  for (let i = 0; i < octets.length; i++) {
    const o = octets[i]!;
    unites[i] = o >= 0x80 && o <= 0x9f ? WINDOWS_1252_80[o - 0x80]! : o;
  }
  return texteDesUnites(unites);
}

/** Chunks read one after the other (a file in slices, a streamed body) as one array. */
export function concatenerOctets(morceaux: readonly Uint8Array[]): Uint8Array {
  const tout = new Uint8Array(morceaux.reduce((n, m) => n + m.byteLength, 0));
  let position = 0;
  for (const m of morceaux) {
    tout.set(m, position);
    position += m.byteLength;
  }
  return tout;
}

function utf8(octets: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(octets);
  } catch {
    return null;
  }
}

/**
 * Where a text that holds real UTF-8 sequences (`é` = C3 A9) stops being UTF-8, or null when it holds
 * none (then it is another encoding, not a damaged UTF-8).
 */
function utf8Abime(octets: Uint8Array): number | null {
  let valides = 0;
  let premiereFaute = -1;
  for (let i = 0; i < octets.length; ) {
    const o = octets[i]!;
    const suite = o >= 0xc2 && o <= 0xdf ? 1 : o >= 0xe0 && o <= 0xef ? 2 : o >= 0xf0 && o <= 0xf4 ? 3 : o < 0x80 ? 0 : -1;
    let ok = suite >= 0 && i + suite < octets.length + (suite === 0 ? 1 : 0);
    for (let k = 1; ok && k <= suite; k++) ok = (octets[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      if (premiereFaute < 0) premiereFaute = i;
      i++;
      continue;
    }
    if (suite > 0) valides++;
    i += suite + 1;
  }
  return valides > 0 && premiereFaute >= 0 ? premiereFaute : null;
}

function premierOctetNonAscii(octets: Uint8Array): number {
  const i = octets.findIndex((o) => o >= 0x80);
  return i < 0 ? 0 : i;
}
