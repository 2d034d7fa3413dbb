// The campaign's .docx inputs: bounds (huge attributes, deep nesting, entity floods, DTDs, zip bombs,
// broken and zip64 archives, encodings) and visibility (hidden text through every door Word has,
// text coloured as its background, tracked changes written the way Word writes them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { CACHE, cellule, CONVENTION, docx, docxBrut, documentXml, JAMAIS_LU, LECTURE_VISIBLE, paragraphe, rangee, rangeeTextes, run } from './bureautique';
import type { Attendu, CasHostile } from './cas';

export const FIXTURES_HOSTILES = path.resolve(import.meta.dirname, '../../test/fixtures/documents/hostiles');

const visible = (en_plus: RegExp[] = []): Attendu => ({ code: 0, sortie: [...LECTURE_VISIBLE, ...en_plus], jamais: JAMAIS_LU });
const refus = (...motifs: RegExp[]): Attendu => ({ code: 2, sortie: motifs });
const MASQUE = /texte que Word n'affiche pas/;
const SUIVI = /modifications suivies : Jauge a lu la version acceptée/;

/** The duration sentence with a hidden end date slipped in before the visible one. */
const dureeAvec = (rPr: string) => run(CONVENTION.dureeDebut) + run(CACHE.fin, rPr) + run(`${CONVENTION.fin}.`);
/** The hidden 2026 row, each run with `rPr`. */
const rangeeCachee = (rPr: string, trPr = '') => rangeeTextes(CACHE.rangee, rPr, trPr);
const cache = (rPr: string) => docx({ rangees: rangeeCachee(rPr), duree: dureeAvec(rPr) });
const utf16 = (s: string, petitBoutiste: boolean, bom: boolean) => {
  const octets = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const unites = [...(bom ? [0xfeff] : []), ...Array.from(s, (_, i) => s.charCodeAt(i))];
  unites.forEach((u, i) => ((octets[2 * i + (petitBoutiste ? 0 : 1)] = u & 255), (octets[2 * i + (petitBoutiste ? 1 : 0)] = u >> 8)));
  return octets;
};

const docxCas = (nom: string, quoi: string, octets: () => Uint8Array, attendu: Attendu, profond = false): CasHostile => ({
  nom,
  quoi,
  commande: 'parse',
  octets,
  attendu,
  ...(profond ? { profond } : {}),
});

export const CAS_WORD: CasHostile[] = [
  // ——— bounds ———
  docxCas('attribut-1-mo-sans-egal.docx', 'attribut de 1 Mo sans « = »', () => docx({ corps: `<w:p ${'a'.repeat(1 << 20)}><w:r><w:t>x</w:t></w:r></w:p>` }), refus(/n'est pas du XML bien formé \(attribut « a+… » sans valeur/)),
  docxCas('attribut-1-mo-valide.docx', 'valeur d’attribut de 1 Mo, bien formée', () => docx({ tblPr: `<w:tblCaption w:val="${'x'.repeat(1 << 20)}"/>` }), visible()),
  docxCas('attributs-200000.docx', '200 000 attributs sur une balise', () => docx({ tblPr: `<w:tblLook ${Array.from({ length: 200_000 }, (_, i) => `w:a${i}="1"`).join(' ')}/>` }), visible(), true),
  docxCas('entites-en-rafale.docx', '300 000 « & » sans « ; » proche, un « ; » à la fin', () => docx({ apres: paragraphe(`<w:r><w:t>${'&a'.repeat(300_000)}</w:t></w:r>`) + paragraphe(run(';')) }), visible()),
  docxCas('entites-valides.docx', '200 000 entités numériques et nommées', () => docx({ apres: paragraphe(`<w:r><w:t>${'&#233;&amp;&#x20AC;'.repeat(200_000)}</w:t></w:r>`) }), visible(), true),
  docxCas('entite-hors-unicode.docx', 'entités numériques hors d’Unicode (&#x110000;, &#99999999999;)', () => docx({ apres: paragraphe('<w:r><w:t>&#x110000;&#99999999999;&#0;</w:t></w:r>') }), visible()),
  docxCas('xxe.docx', 'XXE : entité externe vers /etc/passwd', () => docx({ documentOctets: strToU8(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${documentXml().replace(/^<\?xml[^>]*>\n/, '').replace('Entre', '&xxe;')}`) }), refus(/<!DOCTYPE>/)),
  docxCas('milliard-de-rires.docx', 'billion laughs (entités en cascade)', () => docx({ documentOctets: strToU8(`<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]>${documentXml().replace(/^<\?xml[^>]*>\n/, '').replace('Entre', '&bbbbbbbbb;')}`) }), refus(/<!DOCTYPE>/)),
  docxCas('imbrication-5000.docx', '5 000 w:sdt imbriqués', () => docx({ apres: `${'<w:sdt><w:sdtContent>'.repeat(5000)}${paragraphe(run('x'))}${'</w:sdtContent></w:sdt>'.repeat(5000)}` }), refus(/imbrique plus de 1\s000 éléments XML/)),
  docxCas('imbrication-999.docx', '990 niveaux imbriqués (sous la limite)', () => docx({ apres: `${'<w:sdt>'.repeat(990)}${'</w:sdt>'.repeat(990)}` }), visible()),
  docxCas('balises-croisees.docx', 'balises croisées (<w:r><w:t></w:r></w:t>)', () => docx({ apres: '<w:p><w:r><w:t>x</w:r></w:t></w:p>' }), refus(/« w:t » fermée par « w:r »/)),
  docxCas('xml-tronque.docx', 'document.xml coupé au milieu', () => docx({ documentOctets: strToU8(documentXml().slice(0, Math.floor(documentXml().length / 2))) }), refus(/n'est jamais fermée : partie tronquée|partie tronquée/)),
  docxCas('chevron-dans-le-texte.docx', '« < » non échappé dans le texte', () => docx({ apres: '<w:p><w:r><w:t>a < b</w:t></w:r></w:p>' }), refus(/n'est pas du XML bien formé/)),
  docxCas('un-million-de-paragraphes.docx', '1 000 000 de paragraphes vides', () => docx({ apres: '<w:p/>'.repeat(1_000_000) }), visible(), true),
  docxCas('document-19-mio.docx', 'document.xml de 19 Mio bien formé (sous la borne de décompression)', () => docx({ apres: paragraphe(run('Vu le décret du 14 octobre 2004. ')).repeat(190_000) }), refus(/contient trop de texte/), true),
  docxCas('bombe-zip.docx', 'bombe zip : 30 Mio de zéros compressés', () => zipSync({ 'word/document.xml': new Uint8Array(30 << 20) }, { level: 9 }), refus(/se décompresse en plus de 20\s?Mio : refusé/)),
  docxCas('bombe-deux-parties.docx', 'bombe répartie : document.xml 12 Mio, styles.xml 12 Mio', () => zipSync({ 'word/document.xml': strToU8(documentXml() + ' '.repeat(12 << 20)), 'word/styles.xml': new Uint8Array(12 << 20).fill(32) }, { level: 9 }), refus(/se décompresse en plus de 20\s?Mio/)),
  docxCas('zip-tronque.docx', 'archive coupée de moitié', () => docx().slice(0, 1500), refus(/archive endommagée \(répertoire central introuvable/)),
  docxCas('zip-deflate-corrompu.docx', 'données deflate corrompues', () => docxBrut({}, (e) => e.map((x) => (x.nom === 'word/document.xml' ? { ...x, brut: new Uint8Array(400).fill(0xff) } : x))), refus(/archive endommagée \(entrée « word\/document\.xml » : /)),
  docxCas('zip-methode-inconnue.docx', 'méthode de compression 99 (AES)', () => docxBrut({}, (e) => e.map((x) => (x.nom === 'word/document.xml' ? { ...x, methode: 99 } : x))), refus(/méthode que Jauge ne lit pas/)),
  docxCas('zip-chiffre.docx', 'entrée chiffrée (drapeau 1)', () => docxBrut({}, (e) => e.map((x) => (x.nom === 'word/document.xml' ? { ...x, drapeaux: 1 } : x))), refus(/protégé par un mot de passe/)),
  docxCas('zip-deux-corps.docx', 'deux entrées word/document.xml', () => docxBrut({}, (e) => [...e, { nom: 'word/document.xml', donnees: documentXml({ duree: run('s’achève le 31 décembre 2030.') }) }]), refus(/deux entrées « word\/document\.xml »/)),
  docxCas('zip64-70000-entrees.docx', 'zip64 valide de 70 000 entrées', () => docxBrut({}, (e) => [...e, ...Array.from({ length: 70_000 }, (_, i) => ({ nom: `word/media/x${i}.bin`, donnees: '', methode: 0 }))], true), visible()),
  docxCas('zip64-petit.docx', 'zip64 de 4 entrées', () => docxBrut({}, (e) => e, true), visible()),
  docxCas('zip-100001-entrees.docx', '100 001 entrées (au-delà de la borne)', () => docxBrut({}, (e) => [...e, ...Array.from({ length: 100_001 }, (_, i) => ({ nom: `m${i}`, donnees: '', methode: 0 }))], true), refus(/plus de 100\s000 entrées/)),
  docxCas('sans-corps.docx', 'zip sans word/document.xml', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<w:styles/>') }), refus(/ni un document Word \(\.docx\)/)),
  docxCas('corps-vide.docx', 'corps sans texte', () => docx({ corps: '<w:p/>' }), refus(/ne contient aucun texte/)),
  docxCas('utf16le-bom.docx', 'document.xml en UTF-16 LE avec BOM', () => docx({ documentOctets: utf16(documentXml().replace('UTF-8', 'UTF-16'), true, true) }), visible()),
  docxCas('utf16be-bom.docx', 'document.xml en UTF-16 BE avec BOM', () => docx({ documentOctets: utf16(documentXml().replace('UTF-8', 'UTF-16'), false, true) }), visible()),
  docxCas('utf16le-sans-bom.docx', 'document.xml en UTF-16 LE sans BOM', () => docx({ documentOctets: utf16(documentXml().replace('UTF-8', 'UTF-16'), true, false) }), visible()),
  docxCas('latin1.docx', 'document.xml déclaré ISO-8859-1', () => docx({ documentOctets: Uint8Array.from(documentXml().replace('UTF-8', 'ISO-8859-1').replace(/€/g, '&#8364;'), (c) => c.charCodeAt(0)) }), visible()),
  docxCas('encodage-inconnu.docx', 'encodage déclaré « x-klingon »', () => docx({ documentOctets: strToU8(documentXml().replace('UTF-8', 'x-klingon')) }), refus(/encodage que Jauge ne lit pas \(« x-klingon »\)/)),
  docxCas('utf8-invalide.docx', 'octets UTF-8 invalides', () => docx({ documentOctets: new Uint8Array([...strToU8(documentXml().slice(0, 400)), 0xc3, 0x28, ...strToU8(documentXml().slice(400))]) }), refus(/n'est pas un texte UTF-8 valide/)),
  docxCas('fallback-en-double.docx', 'zone de texte en double (mc:Choice et mc:Fallback)', () => docx({ apres: `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${paragraphe(run('Encadré visible'))}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${paragraphe(run('Encadré visible'))}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>` }), visible([/^(?![\s\S]*Encadré visible[\s\S]*Encadré visible)/])),

  // ——— visibility ———
  docxCas('masque-direct.docx', 'texte masqué (w:vanish) : ligne 2026 et date 2030', () => cache('<w:vanish/>'), visible([MASQUE])),
  docxCas('masque-specvanish.docx', 'texte masqué (w:specVanish)', () => cache('<w:specVanish/>'), visible([MASQUE])),
  docxCas('masque-webhidden.docx', 'texte masqué en mode web (w:webHidden)', () => cache('<w:webHidden/>'), visible([MASQUE])),
  docxCas('masque-style-caractere.docx', 'texte masqué par un style de caractère (basé sur un autre)', () => docx({ rangees: rangeeCachee('<w:rStyle w:val="Secret"/>'), duree: dureeAvec('<w:rStyle w:val="Secret"/>'), styles: '<w:style w:type="character" w:styleId="Base"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="character" w:styleId="Secret"><w:basedOn w:val="Base"/></w:style>' }), visible([MASQUE])),
  docxCas('masque-style-paragraphe.docx', 'paragraphe masqué par son style', () => docx({ apres: paragraphe(run("Article 4 : la présente convention s'achève le 31 décembre 2030.")).replace('<w:p>', '<w:p><w:pPr><w:pStyle w:val="Cache"/></w:pPr>'), styles: '<w:style w:type="paragraph" w:styleId="Cache"><w:rPr><w:vanish/></w:rPr></w:style>' }), visible([MASQUE])),
  docxCas('masque-defauts.docx', 'masqué par les propriétés par défaut, sauf le style Normal', () => docx({ defautsRun: '<w:vanish/>', styles: '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:vanish w:val="0"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Note"/>', apres: `<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>${run("Article 4 : la présente convention s'achève le 31 décembre 2030.")}</w:p>` }), visible([MASQUE])),
  docxCas('masque-ancien-format.docx', 'texte visible dont l’ancien format (w:rPrChange) était masqué', () => docx({ duree: run(`${CONVENTION.dureeDebut}${CONVENTION.fin}.`, '<w:rPrChange w:id="1" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange>') }), visible([SUIVI])),
  docxCas('blanc-sur-blanc.docx', 'texte blanc sur page blanche', () => cache('<w:color w:val="FFFFFF"/>'), visible([MASQUE])),
  docxCas('presque-blanc.docx', 'texte FAFAFA sur page blanche', () => cache('<w:color w:val="FAFAFA"/>'), visible([MASQUE])),
  docxCas('jaune-sur-surlignage-jaune.docx', 'texte jaune surligné en jaune', () => cache('<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/>'), visible([MASQUE])),
  docxCas('noir-sur-ombrage-noir.docx', 'texte noir sur ombrage noir', () => cache('<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'), visible([MASQUE])),
  docxCas('blanc-sur-cellule-noire.docx', 'texte blanc dans une cellule noire : visible', () => docx({ rangees: rangee(['2023', '10 000 €', '10 000 €'].map((t) => cellule(run(t, '<w:color w:val="FFFFFF"/>'), '<w:shd w:val="clear" w:color="auto" w:fill="000000"/>'))) }), { code: 0, sortie: [/2023 +AE +10\s000\s€/, ...LECTURE_VISIBLE] }),
  docxCas('gris-clair.docx', 'texte gris clair (D0D0D0) : pâle mais lu', () => docx({ duree: run(`${CONVENTION.dureeDebut}${CONVENTION.fin}.`, '<w:color w:val="D0D0D0"/>') }), visible()),
  docxCas('fond-de-page-noir.docx', 'texte noir sur fond de page noir, blanc lisible', () => docx({ avantCorps: '<w:background w:color="000000"/>', rangees: rangeeCachee('<w:color w:val="000000"/>'), duree: run(CONVENTION.dureeDebut, '<w:color w:val="FFFFFF"/>') + run(CACHE.fin, '<w:color w:val="111111"/>') + run(`${CONVENTION.fin}.`, '<w:color w:val="FFFFFF"/>') }), visible([MASQUE])),
  docxCas('suivi-word.docx', 'modifications suivies à la Word : 900 000 € supprimé, 50 000 € inséré', () => docx({ rangees: rangeeCachee('', '<w:del w:id="9" w:author="DGEFP"/>'), duree: run(CONVENTION.dureeDebut) + `<w:del w:id="1" w:author="DGEFP"><w:r><w:delText>${CACHE.fin}</w:delText></w:r></w:del><w:ins w:id="2" w:author="DGEFP">${run(`${CONVENTION.fin}.`)}</w:ins>` }), visible([SUIVI, /Champs lus sur des lignes modifiées, à vérifier : .*date de fin/])),
  docxCas('suivi-w-t-dans-del.docx', 'texte supprimé écrit en w:t dans w:del', () => docx({ duree: run(CONVENTION.dureeDebut) + `<w:del w:id="1" w:author="X">${run(CACHE.fin)}</w:del>${run(`${CONVENTION.fin}.`)}` }), visible([SUIVI])),
  docxCas('suivi-deplacement.docx', 'déplacement suivi (w:moveFrom / w:moveTo)', () => docx({ duree: run(CONVENTION.dureeDebut) + `<w:moveFrom w:id="1" w:author="X">${run(CACHE.fin)}</w:moveFrom><w:moveTo w:id="2" w:author="X">${run(`${CONVENTION.fin}.`)}</w:moveTo>` }), visible([SUIVI])),
  docxCas('suivi-paragraphe-supprime.docx', 'paragraphe entier supprimé (marque comprise)', () => docx({ apres: `<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="X"/></w:rPr></w:pPr><w:del w:id="6" w:author="X"><w:r><w:delText>Article 4 : la convention s'achève le 31 décembre 2030.</w:delText></w:r></w:del></w:p>` }), visible([SUIVI])),
  docxCas('suivi-paragraphes-joints.docx', 'marque de paragraphe supprimée : deux paragraphes n’en font qu’un', () => docx({ dureePPr: '<w:rPr><w:del w:id="7" w:author="X"/></w:rPr>', duree: run(CONVENTION.dureeDebut), apres: paragraphe(run(`${CONVENTION.fin}.`)) }), visible([SUIVI])),
  docxCas('lo-suivi.docx', 'modifications suivies enregistrées par LibreOffice (fichier de LibreOffice)', () => readFileSync(path.join(FIXTURES_HOSTILES, 'lo-suivi.docx')), { code: 0, sortie: [SUIVI, /2025 +AE +60\s000\s€/, /Fin +: 30 juin 2026/, /Champs lus sur des lignes modifiées, à vérifier : échéancier 2025 \(ligne \d+\), date de fin/], jamais: [/50\s000\s€/, /31 décembre 2025/, /Article 1 : Objet/] }),
  docxCas('lo-masque.docx', 'texte masqué et texte blanc posés par LibreOffice (fichier de LibreOffice)', () => readFileSync(path.join(FIXTURES_HOSTILES, 'lo-masque.docx')), visible([MASQUE])),
];
