// A small XML walk for the parts of .docx and .odt files: start tags (with attributes), end tags and
// text, in document order. No DOM (shared/ runs in Node and in service workers alike).
// Every construct costs linear time: one forward scan, no regular expression that can backtrack,
// no recursion, entity names of bounded length; a DTD (`<!DOCTYPE`, the door to XXE and billion
// laughs, never written by Word or LibreOffice) and nesting deeper than PROFONDEUR_XML_MAX are refused.
import { PROFONDEUR_XML_MAX } from './limites';

export type Evenement =
  | { type: 'ouvre'; nom: string; attributs: Record<string, string>; vide: boolean }
  | { type: 'ferme'; nom: string }
  | { type: 'texte'; texte: string };

/** A part that is not XML Jauge reads; the message is the French reason, without the file's name. */
export class ErreurXml extends Error {
  /** The part it was found in (`word/document.xml`), set by parcourirXml. */
  partie = 'le XML';
}

/** Reading stopped by the front's signal (time limit or cancel). */
export class LectureInterrompue extends Error {}

const ENTITES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
/** `&#x10FFFF;` is the longest entity Jauge decodes: a longer run is left as written. */
const ENTITE_MAX = 10;

function entite(nom: string): string | undefined {
  if (nom[0] !== '#') return ENTITES.get(nom);
  const hexa = nom[1] === 'x' || nom[1] === 'X';
  const chiffres = nom.slice(hexa ? 2 : 1);
  if (chiffres === '' || !(hexa ? /^[0-9a-f]+$/i : /^\d+$/).test(chiffres)) return undefined;
  const code = parseInt(chiffres, hexa ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

export function decoderEntites(s: string): string {
  let et = s.indexOf('&');
  if (et < 0) return s;
  let sortie = '';
  let depuis = 0;
  while (et >= 0) {
    // The `;` is looked for within ENTITE_MAX characters only: each `&` costs a bounded scan.
    const limite = Math.min(s.length, et + 2 + ENTITE_MAX);
    let k = et + 1;
    while (k < limite && s.charCodeAt(k) !== 0x3b) k++;
    const remplace = k < limite ? entite(s.slice(et + 1, k)) : undefined;
    if (remplace !== undefined) {
      sortie += s.slice(depuis, et) + remplace;
      depuis = k + 1;
      et = s.indexOf('&', depuis);
    } else et = s.indexOf('&', et + 1);
  }
  return sortie + s.slice(depuis);
}

const estEspace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Ends a tag's or an attribute's name. */
const finDeNom = (c: number) => estEspace(c) || c === 0x3e /* > */ || c === 0x2f /* / */ || c === 0x3d /* = */;

const court = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Word and LibreOffice refuse a part whose tags do not match: so does Jauge, rather than guess. */
const malForme = (raison: string) => new ErreurXml(`n'est pas du XML bien formé (${raison})`);

export function* evenementsXml(xml: string): Generator<Evenement> {
  const n = xml.length;
  let i = 0;
  /** Open elements, innermost last (at most PROFONDEUR_XML_MAX). */
  const ouverts: string[] = [];
  const tronque = () => malForme(ouverts.length > 0 ? `la balise « ${court(ouverts[ouverts.length - 1]!)} » n'est jamais fermée : partie tronquée` : 'partie tronquée');
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'texte', texte: decoderEntites(xml.slice(i)) };
      break;
    }
    if (lt > i) yield { type: 'texte', texte: decoderEntites(xml.slice(i, lt)) };
    const suivant = xml.charCodeAt(lt + 1);
    if (suivant === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const fin = xml.indexOf('-->', lt + 4);
        i = fin < 0 ? n : fin + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const fin = xml.indexOf(']]>', lt + 9);
        if (fin < 0) throw tronque();
        yield { type: 'texte', texte: xml.slice(lt + 9, fin) };
        i = fin + 3;
      } else if (xml.slice(lt + 2, lt + 9).toUpperCase() === 'DOCTYPE') {
        throw new ErreurXml("contient une déclaration de type de document (<!DOCTYPE>), que ni Word ni LibreOffice n'écrivent (porte ouverte aux entités XML externes ou en cascade)");
      } else {
        const fin = xml.indexOf('>', lt);
        i = fin < 0 ? n : fin + 1;
      }
      continue;
    }
    if (suivant === 0x3f /* ? */) {
      const fin = xml.indexOf('?>', lt + 2);
      i = fin < 0 ? n : fin + 2;
      continue;
    }
    if (suivant === 0x2f /* / */) {
      const fin = xml.indexOf('>', lt);
      if (fin < 0) throw tronque();
      const nom = xml.slice(lt + 2, fin).trim();
      const attendu = ouverts.pop();
      if (attendu !== nom) throw malForme(attendu === undefined ? `« ${court(nom)} » fermée sans avoir été ouverte` : `« ${court(attendu)} » fermée par « ${court(nom)} »`);
      yield { type: 'ferme', nom };
      i = fin + 1;
      continue;
    }
    // Start tag: its name, then `name="value"` pairs, then `>` or `/>`.
    let j = lt + 1;
    while (j < n && !finDeNom(xml.charCodeAt(j))) j++;
    const nom = xml.slice(lt + 1, j);
    const attributs: Record<string, string> = Object.create(null) as Record<string, string>;
    let vide = false;
    for (;;) {
      while (j < n && estEspace(xml.charCodeAt(j))) j++;
      if (j >= n) throw tronque();
      const c = xml.charCodeAt(j);
      if (c === 0x3e) {
        j++;
        break;
      }
      if (c === 0x2f && xml.charCodeAt(j + 1) === 0x3e) {
        vide = true;
        j += 2;
        break;
      }
      const debut = j;
      while (j < n && !finDeNom(xml.charCodeAt(j))) j++;
      const attribut = xml.slice(debut, j);
      while (j < n && estEspace(xml.charCodeAt(j))) j++;
      if (attribut === '' || xml.charCodeAt(j) !== 0x3d) {
        throw new ErreurXml(`n'est pas du XML bien formé (attribut ${attribut === '' ? 'sans nom' : `« ${court(attribut)} » sans valeur`} dans la balise « ${court(nom)} »)`);
      }
      j++;
      while (j < n && estEspace(xml.charCodeAt(j))) j++;
      const guillemet = xml[j];
      const fin = guillemet === '"' || guillemet === "'" ? xml.indexOf(guillemet, j + 1) : -1;
      if (fin < 0) throw new ErreurXml(`n'est pas du XML bien formé (valeur de l'attribut « ${court(attribut)} » sans guillemets fermants)`);
      attributs[attribut] = decoderEntites(xml.slice(j + 1, fin));
      j = fin + 1;
    }
    i = j;
    if (nom === '') throw malForme('balise sans nom');
    if (!vide && ouverts.push(nom) > PROFONDEUR_XML_MAX) {
      throw new ErreurXml(`imbrique plus de ${PROFONDEUR_XML_MAX.toLocaleString('fr-FR')} éléments XML les uns dans les autres (un document en compte quelques dizaines)`);
    }
    yield { type: 'ouvre', nom, attributs, vide };
    if (vide) yield { type: 'ferme', nom };
  }
  if (ouverts.length > 0) throw tronque();
}

/** Events handed over in slices: between two, the front's timers (its time limit) get to run. */
const TRANCHE = 50_000;

/** Lets pending timers run (an AbortSignal.timeout fires only then). */
function ceder(): Promise<void> {
  return typeof setTimeout === 'function' ? new Promise((r) => setTimeout(r, 0)) : Promise.resolve();
}

/**
 * Walks the part `partie` into `traiter`, giving the event loop a turn every TRANCHE events and
 * stopping when `signal` fires; an ErreurXml names the part.
 */
export async function parcourirXml(partie: string, xml: string, traiter: (e: Evenement) => void, signal?: AbortSignal): Promise<void> {
  let compte = 0;
  if (signal?.aborted) throw new LectureInterrompue();
  try {
    for (const e of evenementsXml(xml)) {
      traiter(e);
      if (++compte % TRANCHE === 0 && signal) {
        await ceder();
        if (signal.aborted) throw new LectureInterrompue();
      }
    }
  } catch (e) {
    if (e instanceof ErreurXml) e.partie = partie;
    throw e;
  }
}

/**
 * The bytes of an XML part as text: a BOM, the UTF-16 signature of `<?` (XML 1.0, appendix F), or the
 * `encoding` of the declaration, UTF-8 otherwise. `ok: false` names the encoding Jauge cannot read.
 */
export function decoderXml(octets: Uint8Array): { ok: true; texte: string } | { ok: false; erreur: string } {
  const [a, b, c] = [octets[0], octets[1], octets[2]];
  let encodage = 'utf-8';
  let debut = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) debut = 3;
  else if (a === 0xff && b === 0xfe) (encodage = 'utf-16le'), (debut = 2);
  else if (a === 0xfe && b === 0xff) (encodage = 'utf-16be'), (debut = 2);
  else if (a === 0x3c && b === 0x00) encodage = 'utf-16le';
  else if (a === 0x00 && b === 0x3c) encodage = 'utf-16be';
  else {
    const declaration = /^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(new TextDecoder('latin1').decode(octets.subarray(0, 256)));
    const declare = declaration?.[1]?.toLowerCase();
    if (declare && declare !== 'utf-8' && declare !== 'utf8') {
      if (declare.startsWith('utf-16') || declare.startsWith('utf-32') || declare.startsWith('ucs')) {
        return { ok: false, erreur: `déclare l'encodage ${declaration![1]} mais n'en a pas la forme (ni marque d'ordre des octets, ni caractères sur deux octets)` };
      }
      encodage = declare;
    }
  }
  let decodeur: TextDecoder;
  try {
    decodeur = new TextDecoder(encodage, { fatal: true });
  } catch {
    return { ok: false, erreur: `est écrit dans un encodage que Jauge ne lit pas (« ${encodage} »)` };
  }
  try {
    return { ok: true, texte: decodeur.decode(octets.subarray(debut)) };
  } catch {
    return { ok: false, erreur: `n'est pas un texte ${encodage.toUpperCase()} valide (octets incorrects)` };
  }
}
