// The campaign's .odt inputs: hidden text through every door Writer has (display:none in automatic
// and common styles, hidden paragraphs, hidden text fields, hidden and conditional sections, text
// coloured as its background), tracked changes, and the bounds (deep spans, DTD, bomb).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { CACHE, contenuOdt, CONVENTION, JAMAIS_LU, LECTURE_VISIBLE, ligneOdt, odt, p, span } from './bureautique';
import type { Attendu, CasHostile } from './cas';
import { FIXTURES_HOSTILES } from './cas-word';

const visible = (en_plus: RegExp[] = []): Attendu => ({ code: 0, sortie: [...LECTURE_VISIBLE, ...en_plus], jamais: JAMAIS_LU });
const refus = (...motifs: RegExp[]): Attendu => ({ code: 2, sortie: motifs });
const MASQUE = /texte que LibreOffice n'affiche pas/;
const SUIVI = /modifications suivies : Jauge a lu la version acceptée/;

const STYLE_CACHE = (nom: string, famille = 'text', parent = '') =>
  `<style:style style:name="${nom}" style:family="${famille}"${parent ? ` style:parent-style-name="${parent}"` : ''}><style:text-properties text:display="none"/></style:style>`;
const dureeAvec = (cache: string) => `${CONVENTION.dureeDebut}${cache}${CONVENTION.fin}.`;
const rangeeAvec = (cellule: (t: string) => string) => ligneOdt(CACHE.rangee.map(cellule));

const odtCas = (nom: string, quoi: string, octets: () => Uint8Array, attendu: Attendu, profond = false): CasHostile => ({ nom, quoi, commande: 'parse', octets, attendu, ...(profond ? { profond } : {}) });

const spans = (n: number) => odt({ apres: p(`${'<text:span>a'.repeat(n)}${'</text:span>'.repeat(n)}`) });

export const CAS_ODT: CasHostile[] = [
  odtCas('display-none-automatique.odt', 'style automatique text:display="none" (ligne 2026, date 2030)', () => odt({ stylesAuto: STYLE_CACHE('T9'), rangees: rangeeAvec((t) => span(t, 'T9')), duree: dureeAvec(span(CACHE.fin, 'T9')) }), visible([MASQUE])),
  odtCas('display-none-commun.odt', 'style commun de styles.xml (hérité) qui masque', () => odt({ stylesCommuns: STYLE_CACHE('Secret') + '<style:style style:name="Confidentiel" style:family="text" style:parent-style-name="Secret"/>', rangees: rangeeAvec((t) => span(t, 'Confidentiel')), duree: dureeAvec(span(CACHE.fin, 'Confidentiel')) }), visible([MASQUE])),
  odtCas('display-none-paragraphe.odt', 'style de paragraphe qui masque', () => odt({ stylesAuto: STYLE_CACHE('P9', 'paragraph'), apres: p("Article 4 : la présente convention s'achève le 31 décembre 2030.", 'P9') }), visible([MASQUE])),
  odtCas('paragraphe-cache.odt', 'champ text:hidden-paragraph', () => odt({ apres: p("<text:hidden-paragraph text:condition=\"ooow:1\" text:is-hidden=\"true\"/>Article 4 : la présente convention s'achève le 31 décembre 2030.") }), visible([MASQUE])),
  odtCas('texte-cache.odt', 'champ text:hidden-text', () => odt({ duree: dureeAvec(`<text:hidden-text text:condition="ooow:1" text:string-value="${CACHE.fin}" text:is-hidden="true">${CACHE.fin}</text:hidden-text>`) }), visible([MASQUE])),
  odtCas('section-cachee.odt', 'section text:display="none"', () => odt({ apres: `<text:section text:name="S1" text:display="none">${p("Article 4 : la présente convention s'achève le 31 décembre 2030.")}<table:table>${ligneOdt(CACHE.rangee)}</table:table></text:section>` }), visible([MASQUE])),
  odtCas('section-conditionnelle.odt', 'section masquée sous condition', () => odt({ apres: `<text:section text:name="S1" text:display="condition" text:condition="ooow:1">${p("Article 4 : la présente convention s'achève le 31 décembre 2030.")}</text:section>` }), visible([MASQUE])),
  odtCas('blanc-sur-blanc.odt', 'texte blanc sur page blanche', () => odt({ stylesAuto: '<style:style style:name="T8" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>', rangees: rangeeAvec((t) => span(t, 'T8')), duree: dureeAvec(span(CACHE.fin, 'T8')) }), visible([MASQUE])),
  odtCas('blanc-sur-cellule-noire.odt', 'texte blanc dans une cellule noire : visible', () => odt({ stylesAuto: '<style:style style:name="T8" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style><style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/></style:style>', rangees: `<table:table-row>${['2023', '10 000 €', '10 000 €'].map((t) => `<table:table-cell table:style-name="C1">${p(span(t, 'T8'))}</table:table-cell>`).join('')}</table:table-row>` }), { code: 0, sortie: [/2023 +AE +10\s000\s€/, ...LECTURE_VISIBLE] }),
  odtCas('suivi-ecrit-a-la-main.odt', 'modifications suivies : 900 000 € et 2030 supprimés (text:tracked-changes)', () =>
    odt({
      suivi: `<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>DGEFP</dc:creator></office:change-info>${p(CACHE.fin)}</text:deletion></text:changed-region><text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>DGEFP</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>`,
      duree: `${CONVENTION.dureeDebut}<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>${CONVENTION.fin}<text:change-end text:change-id="ct2"/>.`,
    }), visible([SUIVI, /date de fin \(ligne \d+\)/])),
  odtCas('suppression-dans-le-corps.odt', 'text:deletion égaré dans le corps', () => odt({ duree: dureeAvec(`<text:deletion>${CACHE.fin}</text:deletion>`) }), visible()),
  odtCas('lo-suivi.odt', 'modifications suivies enregistrées par LibreOffice (fichier de LibreOffice)', () => readFileSync(path.join(FIXTURES_HOSTILES, 'lo-suivi.odt')), { code: 0, sortie: [SUIVI, /2025 +AE +60\s000\s€/, /Fin +: 30 juin 2026/], jamais: [/50\s000\s€/, /31 décembre 2025/, /Article 1 : Objet/] }),
  odtCas('lo-masque.odt', 'texte masqué et blanc posés par LibreOffice (fichier de LibreOffice)', () => readFileSync(path.join(FIXTURES_HOSTILES, 'lo-masque.odt')), visible([MASQUE])),
  odtCas('lo-section.odt', 'section masquée par LibreOffice (fichier de LibreOffice)', () => readFileSync(path.join(FIXTURES_HOSTILES, 'lo-section.odt')), visible([MASQUE])),
  odtCas('spans-20000.odt', '20 000 text:span imbriqués', () => spans(20_000), refus(/content\.xml imbrique plus de 1\s000 éléments XML/)),
  odtCas('spans-800000.odt', '800 000 text:span imbriqués (le cas de l’issue 17)', () => spans(800_000), refus(/content\.xml imbrique plus de 1\s000 éléments XML/), true),
  odtCas('spans-900-avec-texte.odt', '900 spans imbriqués, du texte à chaque niveau, 300 fois', () => odt({ apres: p(`${'<text:span>a'.repeat(900)}${'</text:span>b'.repeat(900)}`).repeat(300) }), visible(), true),
  odtCas('dtd.odt', 'DTD et entité externe dans content.xml', () => odt({}, { 'content.xml': strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${contenuOdt().replace(/^<\?xml[^>]*>\n/, '')}`) }), refus(/content\.xml contient une déclaration de type de document/)),
  odtCas('bombe.odt', 'bombe zip dans content.xml', () => odt({}, { 'content.xml': new Uint8Array(25 << 20).fill(60) }), refus(/se décompresse en plus de 20\s?Mio/)),
  odtCas('sans-contenu.odt', 'mimetype seul, sans content.xml', () => zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }] }), refus(/n'a pas de contenu OpenDocument \(content\.xml absent\)/)),
];
