// Only what Word and Writer show is read: hidden text (directly, through styles and defaults), text
// coloured as what lies under it, tracked deletions; insertions are read, and findings say so.
import { describe, expect, it } from 'vitest';
import { stylesDocx, texteDocx } from '../../../../shared/lecture/document/docx';
import { texteOdt } from '../../../../shared/lecture/document/odt';
import { constatModificationsDesChamps } from '../../../../shared/lecture/document/revue';
import { contraste, invisibleSur, lireCouleur } from '../../../../shared/lecture/document/visibilite';
import { lireConvention } from '../../../../shared/lecture/convention';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (corps: string) => `<w:document ${W}>${corps.startsWith('<w:background') ? '' : ''}<w:body>${corps}</w:body></w:document>`;
const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const styles = (contenu: string, defauts = '') => stylesDocx(`<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${defauts}</w:rPr></w:rPrDefault></w:docDefaults>${contenu}</w:styles>`);
const lignes = (l: { lignes: { texte: string }[] }) => l.lignes.map((x) => x.texte);
const regles = (l: { constats: { regle: string }[] }) => l.constats.map((c) => c.regle);

describe('.docx : texte masqué', () => {
  it('w:vanish, w:specVanish, w:webHidden, et w:vanish w:val="0" qui remontre', () => {
    const lu = texteDocx(doc(p(r('Fin le ') + r('31/12/2030 ', '<w:vanish/>') + r('x', '<w:specVanish/>') + r('y', '<w:webHidden/>') + r('31/12/2025', '<w:vanish w:val="0"/>'))));
    expect(lignes(lu)).toEqual(['Fin le 31/12/2025']);
    expect(lu.constats).toEqual([
      { regle: 'document-texte-masque', gravite: 'avertissement', message: "Le document contient du texte que Word n'affiche pas (3\u00a0passages masqués) : Jauge ne l'a pas lu.", position: null },
    ]);
  });

  it('par les styles : caractère (et son parent), paragraphe, propriétés par défaut ; le run direct l’emporte', () => {
    const s = styles(
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Note"/>' +
        '<w:style w:type="character" w:styleId="Base"><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="character" w:styleId="Secret"><w:basedOn w:val="Base"/></w:style>' +
        '<w:style w:type="character" w:styleId="Boucle"><w:basedOn w:val="Boucle"/></w:style>',
      '<w:vanish/>',
    );
    const corps = p(r('A') + r('B', '<w:rStyle w:val="Secret"/>') + r('C', '<w:rStyle w:val="Secret"/><w:vanish w:val="0"/>') + r('D', '<w:rStyle w:val="Boucle"/>')) + p(r('caché par défaut'), '<w:pStyle w:val="Note"/>');
    expect(lignes(texteDocx(doc(corps), s))).toEqual(['ACD']);
  });

  it('les anciennes propriétés d’une modification de format (w:rPrChange) ne comptent pas', () => {
    const lu = texteDocx(doc(p(r('visible', '<w:rPrChange w:id="1" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'))));
    expect(lignes(lu)).toEqual(['visible']);
    expect(regles(lu)).toEqual(['document-modifications-suivies']);
  });

  it('texte de la couleur de ce qui est dessous : page, surlignage, ombrage, cellule, fond de page ; le style de tableau inconnu ne juge pas', () => {
    const cellule = (t: string, rPr: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(r(t, rPr))}</w:tc>`;
    const corps =
      p(r('a') + r('b', '<w:color w:val="FFFFFF"/>') + r('c', '<w:color w:val="FAFAFA"/>') + r('d', '<w:color w:val="D0D0D0"/>') + r('e', '<w:color w:val="auto"/>')) +
      p(r('f', '<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/>') + r('g', '<w:color w:val="000000"/><w:shd w:val="clear" w:fill="000000"/>') + r('h', '<w:color w:val="FFFFFF"/><w:shd w:val="solid" w:color="000000"/>')) +
      p(r('i', '<w:color w:val="FFFFFF"/>'), '<w:shd w:val="clear" w:fill="1F3864"/>') +
      `<w:tbl><w:tr>${cellule('j', '<w:color w:val="FFFFFF"/>', '<w:shd w:val="clear" w:fill="000000"/>')}${cellule('k', '<w:color w:val="000000"/>', '<w:shd w:val="clear" w:fill="000000"/>')}</w:tr></w:tbl>` +
      `<w:tbl><w:tblPr><w:tblStyle w:val="Sombre"/></w:tblPr><w:tr>${cellule('l', '<w:color w:val="FFFFFF"/>')}</w:tr></w:tbl>`;
    const s = styles('<w:style w:type="table" w:styleId="Sombre"><w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr></w:tblStylePr></w:style>');
    const lu = texteDocx(doc(corps), s);
    expect(lignes(lu)).toEqual(['ade', '', 'h', '', 'i', '', 'j\t', '', 'l']);
    expect(lu.constats[0]!.message).toBe("Le document contient du texte que Word n'affiche pas (5\u00a0passages de la couleur de leur fond) : Jauge ne l'a pas lu.");
    expect(lignes(texteDocx(`<w:document ${W}><w:background w:color="000000"/><w:body>${p(r('m', '<w:color w:val="FFFFFF"/>') + r('n', '<w:color w:val="000000"/>'))}</w:body></w:document>`))).toEqual(['m']);
  });

  it('une zone de texte n’est lue qu’une fois (mc:Fallback sauté), et le paragraphe qui la porte garde son texte', () => {
    const zone = `<w:r><mc:AlternateContent><mc:Choice><w:txbxContent>${p(r('Encadré'))}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p(r('Encadré'))}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(lignes(texteDocx(doc(`<w:p>${r('avant ')}${zone}${r('après')}</w:p>`)))).toEqual(['Encadré', '', 'avant après']);
  });
});

describe('.docx : modifications suivies', () => {
  it('lit la version acceptée : w:del, w:moveFrom et w:delText laissés, w:ins et w:moveTo lus, lignes touchées notées', () => {
    const corps =
      p(r('Article 1')) +
      p(r('AE : ') + `<w:del w:id="1" w:author="A"><w:r><w:delText>900 000 €</w:delText></w:r><w:r><w:t>800 000 €</w:t></w:r></w:del><w:ins w:id="2" w:author="A">${r('100 000 €')}</w:ins>`) +
      p(`<w:moveFrom w:id="3" w:author="A">${r('déplacé ')}</w:moveFrom>${r('fin')}<w:moveTo w:id="4" w:author="A">${r(' déplacé')}</w:moveTo>`);
    const lu = texteDocx(doc(corps));
    expect(lignes(lu)).toEqual(['Article 1', '', 'AE : 100 000 €', '', 'fin déplacé']);
    expect(lu.modifications).toEqual({ nombre: 4, lignes: [3, 5] });
    expect(lu.constats[0]!.message).toBe('Le document contient des modifications suivies : Jauge a lu la version acceptée (4\u00a0modifications, lignes 3 et 5 du texte).');
  });

  it('rangée supprimée (w:trPr/w:del) : absente, la rangée suivante porte la modification', () => {
    const rangee = (a: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}<w:tc>${p(r(a))}</w:tc><w:tc>${p(r('1 €'))}</w:tc></w:tr>`;
    const lu = texteDocx(doc(`<w:tbl>${rangee('2024')}${rangee('2026', '<w:del w:id="1" w:author="A"/>')}${rangee('2025')}</w:tbl>`));
    expect(lignes(lu)).toEqual(['2024\t1 €', '2025\t1 €']);
    expect(lu.modifications?.lignes).toEqual([2]);
  });

  it('marque de paragraphe supprimée ou masquée : le paragraphe se joint au suivant, comme Word l’affiche', () => {
    const lu = texteDocx(doc(p(r("s'achève le "), '<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>') + p(r('31 décembre 2025.')) + p(r('Suite'), '<w:rPr><w:vanish/></w:rPr>') + '<w:tbl><w:tr><w:tc>' + p(r('x')) + '</w:tc></w:tr></w:tbl>'));
    expect(lignes(lu)).toEqual(["s'achève le 31 décembre 2025.", '', 'Suite', '', 'x']);
  });

  it('le constat de la revue nomme les champs lus sur les lignes modifiées', () => {
    const texte = ['Convention de délégation de gestion', '', 'Année\tAE\tCP', '2024\t100 000 €\t80 000 €', '2025\t60 000 €\t70 000 €', '', "La présente convention s'achève le 30 juin 2026."].join('\n');
    const { convention } = lireConvention(texte);
    const constat = constatModificationsDesChamps(convention, { modifications: { nombre: 2, lignes: [5, 7] } });
    expect(constat?.message).toBe(
      'Le document contient des modifications suivies : Jauge a lu la version acceptée (2\u00a0modifications). Champs lus sur des lignes modifiées, à vérifier : échéancier 2025 (ligne 5), date de fin (ligne 7).',
    );
    expect(constatModificationsDesChamps(convention, { modifications: { nombre: 1, lignes: [2] } })?.message).toMatch(/Aucun champ lu ne vient des lignes modifiées \(ligne 2\)\.$/);
    expect(constatModificationsDesChamps(convention, {})).toBeNull();
  });
});

describe('.odt : texte masqué et modifications suivies', () => {
  const NS = 'xmlns:text="t" xmlns:style="s" xmlns:office="o" xmlns:fo="f" xmlns:table="ta"';
  const contenu = (styles: string, corps: string) => `<office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${corps}</office:text></office:body></office:document-content>`;
  const cache = (nom: string, famille = 'text', parent = '') => `<style:style style:name="${nom}" style:family="${famille}"${parent ? ` style:parent-style-name="${parent}"` : ''}><style:text-properties text:display="none"/></style:style>`;

  it('display:none (automatique, commun hérité, de paragraphe), champs masqués, sections masquées, blanc sur blanc', () => {
    const communs = `<office:document-styles ${NS}><office:styles>${cache('Secret')}<style:style style:name="Confidentiel" style:family="text" style:parent-style-name="Secret"/></office:styles></office:document-styles>`;
    const auto = cache('T1') + cache('P1', 'paragraph') + '<style:style style:name="T2" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>';
    const corps =
      '<text:p>Fin le <text:span text:style-name="T1">2030 </text:span><text:span text:style-name="Confidentiel">2029 </text:span><text:span text:style-name="T2">2028 </text:span>2025</text:p>' +
      '<text:p text:style-name="P1">paragraphe masqué</text:p>' +
      '<text:p><text:hidden-paragraph text:is-hidden="true"/>champ masqué</text:p>' +
      '<text:p>a<text:hidden-text text:is-hidden="true">b</text:hidden-text>c</text:p>' +
      '<text:section text:display="none"><text:p>section masquée</text:p><table:table><table:table-row><table:table-cell><text:p>2026</text:p></table:table-cell></table:table-row></table:table></text:section>' +
      '<text:section text:display="condition" text:condition="ooow:1"><text:p>sous condition</text:p></text:section>' +
      '<text:section><text:p>section visible</text:p></text:section>';
    const lu = texteOdt(contenu(auto, corps), communs);
    expect(lignes(lu)).toEqual(['Fin le 2025', '', 'ac', '', 'section visible']);
    expect(lu.constats[0]!.message).toBe("Le document contient du texte que LibreOffice n'affiche pas (7\u00a0passages masqués et 1\u00a0passage de la couleur de son fond) : Jauge ne l'a pas lu.");
  });

  it('modifications suivies : le texte supprimé reste dans text:tracked-changes, les lignes marquées sont notées', () => {
    const corps =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>900 000 €</text:p></text:deletion></text:changed-region><text:changed-region text:id="c2"><text:insertion/></text:changed-region></text:tracked-changes>' +
      '<text:p>Article 1</text:p><text:p>AE : <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>100 000 €<text:change-end text:change-id="c2"/></text:p>';
    const lu = texteOdt(contenu('', corps));
    expect(lignes(lu)).toEqual(['Article 1', '', 'AE : 100 000 €']);
    expect(lu.modifications).toEqual({ nombre: 2, lignes: [3] });
  });
});

describe('couleurs', () => {
  it('contraste de WCAG ; automatique ou fond inconnu : visible', () => {
    expect(contraste([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
    expect(invisibleSur(lireCouleur('FFFFFF'), [255, 255, 255])).toBe(true);
    expect(invisibleSur(lireCouleur('#d0d0d0'), [255, 255, 255])).toBe(false);
    expect(invisibleSur(lireCouleur('auto'), [255, 255, 255])).toBe(false);
    expect(invisibleSur(lireCouleur('FFFFFF'), null)).toBe(false);
  });
});
