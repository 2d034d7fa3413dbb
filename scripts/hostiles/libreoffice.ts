// Remakes the campaign's files that another tool than Jauge's writers must make: LibreOffice opens
// the base convention (a flat ODT), records changes or hides text through its own API (a Basic
// macro), and saves .docx and .odt itself. Needs `soffice` (not in CI: the files are committed
// under test/fixtures/documents/hostiles/). Run: npx tsx scripts/fabriquer-hostiles.ts --libreoffice
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONVENTION } from './bureautique';

const echapper = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function baseFodt(): string {
  const c = CONVENTION;
  const p = (t: string) => `<text:p>${echapper(t)}</text:p>`;
  const rangees = c.echeancier.map((r) => `<table:table-row>${r.map((t) => `<table:table-cell>${p(t)}</table:table-cell>`).join('')}</table:table-row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>${c.avant.map(p).join('')}<table:table table:name="Echeancier"><table:table-column table:number-columns-repeated="3"/>${rangees}</table:table>${p(c.dureeTitre)}${p(`${c.dureeDebut}${c.fin}.`)}${p(c.signature)}</office:text></office:body></office:document>`;
}

/** The macros, in LibreOffice Basic: each opens the base, changes it through the API, saves. */
const MACROS = `
Function Ouvrir(entree As String) As Object
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  Ouvrir = StarDesktop.loadComponentFromURL(ConvertToURL(entree), "_blank", 0, args())
End Function

Sub Enregistrer(doc As Object, docx As String, odt As String)
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = "FilterName"
  If docx <> "" Then
    f(0).Value = "MS Word 2007 XML"
    doc.storeToURL(ConvertToURL(docx), f())
  End If
  f(0).Value = "writer8"
  doc.storeToURL(ConvertToURL(odt), f())
  doc.close(True)
End Sub

Function Trouver(doc As Object, quoi As String) As Object
  Dim sd As Object
  sd = doc.createSearchDescriptor()
  sd.SearchString = quoi
  Trouver = doc.findFirst(sd)
End Function

Rem A hidden 2026 row (character attribute « hidden ») and a white end date before the visible one.
Sub Masquer(entree As String, docx As String, odt As String)
  Dim doc As Object, tab As Object, c As Object, t As Object, i As Integer
  Dim valeurs As Variant, noms As Variant
  doc = Ouvrir(entree)
  tab = doc.TextTables.getByIndex(0)
  tab.Rows.insertByIndex(3, 1)
  valeurs = Array("2026", "900 000 €", "900 000 €")
  noms = Array("A4", "B4", "C4")
  For i = 0 To 2
    c = tab.getCellByName(noms(i))
    c.setString(valeurs(i))
    t = c.createTextCursor()
    t.gotoEnd(True)
    t.CharHidden = True
  Next i
  c = Trouver(doc, "31 décembre 2025")
  t = c.getText().createTextCursorByRange(c.getStart())
  t.getText().insertString(t, "31 décembre 2030 ", True)
  t.CharColor = RGB(255, 255, 255)
  Enregistrer(doc, docx, odt)
End Sub

Rem A section made invisible, holding a later end date (Writer hides it; Word has no hidden sections).
Sub Section(entree As String, odt As String)
  Dim doc As Object, c As Object, t As Object, sec As Object
  doc = Ouvrir(entree)
  c = Trouver(doc, "Fait à Paris")
  t = c.getText().createTextCursorByRange(c.getStart())
  t.getText().insertString(t, "Article 4 : Prolongation" & Chr(13) & "La présente convention est prolongée et s'achève le 31 décembre 2030." & Chr(13), True)
  sec = doc.createInstance("com.sun.star.text.TextSection")
  sec.IsVisible = False
  t.getText().insertTextContent(t, sec, True)
  Enregistrer(doc, "", odt)
End Sub

Rem Changes recorded: two amounts and the end date replaced, a paragraph deleted, one inserted.
Sub Suivre(entree As String, docx As String, odt As String)
  Dim doc As Object, rd As Object, c As Object, t As Object
  doc = Ouvrir(entree)
  doc.RecordChanges = True
  rd = doc.createReplaceDescriptor()
  rd.SearchString = "50 000 €"
  rd.ReplaceString = "60 000 €"
  doc.replaceAll(rd)
  rd.SearchString = "31 décembre 2025"
  rd.ReplaceString = "30 juin 2026"
  doc.replaceAll(rd)
  c = Trouver(doc, "Article 1 : Objet")
  t = c.getText().createTextCursorByRange(c.getStart())
  t.gotoNextParagraph(True)
  t.gotoEndOfParagraph(True)
  t.gotoNextParagraph(True)
  t.setString("")
  c = Trouver(doc, "Fait à Paris")
  t = c.getText().createTextCursorByRange(c.getStart())
  t.getText().insertString(t, "Article 4 : Crédits" & Chr(13) & "Les crédits non consommés sont rendus au délégant." & Chr(13), False)
  Enregistrer(doc, docx, odt)
End Sub
`;

const xba = (code: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n` +
  `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${echapper(code)}</script:module>`;

/** Writes lo-suivi.docx/.odt, lo-masque.docx/.odt and lo-section.odt into `sortie`. */
export function fabriquerAvecLibreOffice(sortie: string): void {
  const travail = mkdtempSync(path.join(tmpdir(), 'jauge-libreoffice-'));
  try {
    const profil = path.join(travail, 'profil');
    const soffice = (...args: string[]) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profil}`, ...args], { stdio: 'ignore', timeout: 120_000 });
    soffice('--terminate_after_init');
    const standard = path.join(profil, 'user/basic/Standard');
    mkdirSync(standard, { recursive: true });
    writeFileSync(path.join(standard, 'Module1.xba'), xba(MACROS));
    const base = path.join(travail, 'base.fodt');
    writeFileSync(base, baseFodt());
    mkdirSync(sortie, { recursive: true });
    const f = (nom: string) => `"${path.join(sortie, nom)}"`;
    soffice(`macro:///Standard.Module1.Suivre("${base}",${f('lo-suivi.docx')},${f('lo-suivi.odt')})`);
    soffice(`macro:///Standard.Module1.Masquer("${base}",${f('lo-masque.docx')},${f('lo-masque.odt')})`);
    soffice(`macro:///Standard.Module1.Section("${base}",${f('lo-section.odt')})`);
  } finally {
    rmSync(travail, { recursive: true, force: true });
  }
}
