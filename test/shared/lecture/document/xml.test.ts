// The XML walk of .docx and .odt parts: linear on every construct, strict on malformed XML (as Word
// and LibreOffice are), DTDs and deep nesting refused, parts decoded from their BOM or declaration.
import { describe, expect, it } from 'vitest';
import { PROFONDEUR_XML_MAX } from '../../../../shared/lecture/document/limites';
import { decoderEntites, decoderXml, ErreurXml, evenementsXml, LectureInterrompue, parcourirXml } from '../../../../shared/lecture/document/xml';

const tout = (xml: string) => [...evenementsXml(xml)];
const refus = (xml: string) => {
  try {
    tout(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(ErreurXml);
    return (e as Error).message;
  }
  throw new Error('accepté');
};

describe('evenementsXml', () => {
  it('entités, attributs entre guillemets simples ou doubles, balises vides, instructions et commentaires sautés', () => {
    expect(tout(`<?xml version="1.0"?><a x='1 &amp; 2' y = "&#233;"><!-- non --><?pi x?><b/>l&apos;État &#x20AC; &inconnue; &#x110000;</a>`)).toEqual([
      { type: 'ouvre', nom: 'a', attributs: { x: '1 & 2', y: 'é' }, vide: false },
      { type: 'ouvre', nom: 'b', attributs: {}, vide: true },
      { type: 'ferme', nom: 'b' },
      { type: 'texte', texte: "l'État € &inconnue; &#x110000;" },
      { type: 'ferme', nom: 'a' },
    ]);
  });

  it('refuse la DTD (XXE, entités en cascade) plutôt que de l’ignorer', () => {
    expect(refus('<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>')).toMatch(/^contient une déclaration de type de document \(<!DOCTYPE>\)/);
  });

  it('refuse le XML mal formé : attribut sans valeur, balises croisées, non fermées, « < » nu', () => {
    expect(refus(`<a ${'x'.repeat(100)}><b/></a>`)).toBe(`n'est pas du XML bien formé (attribut « ${'x'.repeat(40)}… » sans valeur dans la balise « a »)`);
    expect(refus('<a><b></a></b>')).toBe("n'est pas du XML bien formé (« b » fermée par « a »)");
    expect(refus('<a><b>texte')).toBe("n'est pas du XML bien formé (la balise « b » n'est jamais fermée : partie tronquée)");
    expect(refus('<a>1 < 2</a>')).toMatch(/^n'est pas du XML bien formé/);
    expect(refus('<a x="1>')).toMatch(/sans guillemets fermants/);
    expect(refus('</a>')).toMatch(/fermée sans avoir été ouverte/);
  });

  it(`refuse plus de ${PROFONDEUR_XML_MAX} éléments imbriqués, accepte juste en dessous`, () => {
    const n = PROFONDEUR_XML_MAX;
    expect(refus(`${'<s>'.repeat(n + 1)}${'</s>'.repeat(n + 1)}`)).toBe('imbrique plus de 1\u202f000 éléments XML les uns dans les autres (un document en compte quelques dizaines)');
    expect(tout(`${'<s>'.repeat(n)}x${'</s>'.repeat(n)}`)).toHaveLength(2 * n + 1);
  });

  // Quadratic work on these took minutes (issue 17): linear, they take a moment (the bench measures).
  it('reste linéaire : un attribut de 4 Mo sans « = », 1 million d’« & », 200 000 attributs', () => {
    refus(`<a ${'a'.repeat(4 << 20)}></a>`);
    expect(decoderEntites(`${'&a'.repeat(1_000_000)};`)).toHaveLength(2_000_001);
    const [a] = tout(`<a ${Array.from({ length: 200_000 }, (_, i) => `k${i}="v"`).join(' ')}></a>`);
    expect(a?.type === 'ouvre' && Object.keys(a.attributs)).toHaveLength(200_000);
  });

  it('un nom d’attribut « __proto__ » reste une donnée', () => {
    const [a] = tout('<a __proto__="x"></a>');
    expect(a?.type === 'ouvre' && a.attributs.__proto__).toBe('x');
  });
});

describe('parcourirXml', () => {
  it('s’arrête quand le signal se déclenche, et nomme la partie d’une erreur', async () => {
    const controleur = new AbortController();
    controleur.abort();
    await expect(parcourirXml('content.xml', '<a/>', () => undefined, controleur.signal)).rejects.toBeInstanceOf(LectureInterrompue);
    const signal = new AbortController();
    let vus = 0;
    const xml = `<r>${'<p/>'.repeat(200_000)}</r>`;
    await expect(parcourirXml('content.xml', xml, () => ++vus === 10 && signal.abort(), signal.signal)).rejects.toBeInstanceOf(LectureInterrompue);
    expect(vus).toBeLessThan(200_000);
    await expect(parcourirXml('word/document.xml', '<a><b></a>', () => undefined)).rejects.toMatchObject({ partie: 'word/document.xml' });
  });
});

describe('decoderXml', () => {
  const texte = '<?xml version="1.0" encoding="UTF-16"?><a>Échéance €</a>';
  const utf16 = (s: string, petit: boolean, bom: boolean) => {
    const unites = [...(bom ? [0xfeff] : []), ...Array.from(s, (c) => c.charCodeAt(0))];
    return new Uint8Array(unites.flatMap((u) => (petit ? [u & 255, u >> 8] : [u >> 8, u & 255])));
  };

  it('UTF-16 LE et BE, avec ou sans BOM ; UTF-8 avec BOM ; ISO-8859-1 déclaré', () => {
    for (const [petit, bom] of [[true, true], [false, true], [true, false], [false, false]] as const) expect(decoderXml(utf16(texte, petit, bom))).toEqual({ ok: true, texte });
    expect(decoderXml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>é</a>')]))).toEqual({ ok: true, texte: '<a>é</a>' });
    expect(decoderXml(Uint8Array.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9</a>', (c) => c.charCodeAt(0)))).toMatchObject({ ok: true, texte: expect.stringContaining('<a>é</a>') });
  });

  it('nomme ce qu’il ne lit pas : encodage inconnu, UTF-8 invalide, UTF-16 déclaré sans en avoir la forme', () => {
    expect(decoderXml(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toEqual({ ok: false, erreur: "est écrit dans un encodage que Jauge ne lit pas (« x-klingon »)" });
    expect(decoderXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xc3, 0x28]))).toEqual({ ok: false, erreur: "n'est pas un texte UTF-8 valide (octets incorrects)" });
    expect(decoderXml(new TextEncoder().encode(texte))).toMatchObject({ ok: false, erreur: expect.stringMatching(/^déclare l'encodage UTF-16 mais n'en a pas la forme/) });
  });
});
