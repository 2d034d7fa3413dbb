// A small XML walk for the parts of .docx and .odt files: start tags (with attributes), end tags and
// text, in document order. Enough for well-formed office XML; comments, CDATA and processing
// instructions are skipped. No DOM (shared/ runs in Node and in service workers alike).

export type Evenement =
  | { type: 'ouvre'; nom: string; attributs: Record<string, string>; vide: boolean }
  | { type: 'ferme'; nom: string }
  | { type: 'texte'; texte: string };

const ENTITES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decoderEntites(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (tout, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : tout;
    }
    return ENTITES[e] ?? tout;
  });
}

const ATTRIBUT = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

export function* evenementsXml(xml: string): Generator<Evenement> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'texte', texte: decoderEntites(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'texte', texte: decoderEntites(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const fin = xml.indexOf('-->', lt + 4);
      i = fin < 0 ? xml.length : fin + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const fin = xml.indexOf(']]>', lt + 9);
      yield { type: 'texte', texte: xml.slice(lt + 9, fin < 0 ? xml.length : fin) };
      i = fin < 0 ? xml.length : fin + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return;
    const balise = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (balise[0] === '?' || balise[0] === '!') continue;
    if (balise[0] === '/') {
      yield { type: 'ferme', nom: balise.slice(1).trim() };
      continue;
    }
    const vide = balise.endsWith('/');
    const corps = vide ? balise.slice(0, -1) : balise;
    const espace = corps.search(/\s/);
    const nom = espace < 0 ? corps : corps.slice(0, espace);
    const attributs: Record<string, string> = {};
    if (espace >= 0) for (const m of corps.slice(espace).matchAll(ATTRIBUT)) attributs[m[1]!] = decoderEntites(m[2]!.slice(1, -1));
    yield { type: 'ouvre', nom, attributs, vide };
    if (vide) yield { type: 'ferme', nom };
  }
}
