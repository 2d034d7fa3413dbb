// What a person reads never shows the internals: no rule id (`programme-discordant`), no path into a
// registry (`conventions[7].dateFin`), no link into the extension (`chrome-extension://…`, which opens
// nowhere from a calendar or a spreadsheet). Checked on the built bundles' sentences (every string
// literal with words in it), on the pages as rendered (popup, detail, edit form, dashboard, options
// after a refused import) and on the exported files (registry JSON and CSV; the dashboard's CSV, .xlsx
// and ICS are checked by util/exports in the dashboard's tests, Chromium and Firefox).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../shared/registre/defaut';
import { IDS_REGLES, sansInternes } from './util/exports';
import { envoyerAuFond, SORTIE } from './util/navigateur';
import { ouvrirOptions, ouvrirPopup, ouvrirTableauDeBord, sessionDuFichier } from './util/pages-extension';

const session = sessionDuFichier();

/** Our own bundles (the readers of PDF, the OCR engine and exceljs are vendors' code). */
function fichiersJs(dossier: string): string[] {
  const tous: string[] = [];
  for (const nom of readdirSync(dossier)) {
    const chemin = path.join(dossier, nom);
    if (statSync(chemin).isDirectory()) {
      if (nom !== 'ocr') tous.push(...fichiersJs(chemin));
    } else if (nom.endsWith('.js') && !/^(pdf|pdf\.worker|xlsx|zip|_commonjs)/.test(nom)) tous.push(chemin);
  }
  return tous;
}

/**
 * The string and template literals of a (minified) script, by a small tokenizer: quotes, templates
 * (their text parts, `${…}` nested), comments and regular expressions (a `/` where an operand may
 * start) are told apart, so that a quote inside a regex or a template never starts a false literal.
 */
const MOTS_AVANT_OPERANDE = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

export function litteraux(source: string): string[] {
  const trouves: string[] = [];
  const pile: number[] = []; // brace depth of each open template's `${`
  let profondeur = 0;
  let dernier = ''; // last significant character of code, to tell a regex from a division
  let i = 0;
  const lireTemplate = (): void => {
    // i is just after a backtick or a `}` that closes a `${`.
    let morceau = '';
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') {
        morceau += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        trouves.push(morceau);
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        trouves.push(morceau);
        i += 2;
        pile.push(profondeur);
        profondeur++;
        dernier = '{';
        return;
      } else {
        morceau += c;
        i++;
      }
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      trouves.push(source.slice(i + 1, j));
      i = j + 1;
      dernier = 'a';
    } else if (c === '`') {
      i++;
      lireTemplate();
      dernier = 'a';
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const fin = source.indexOf('*/', i + 2);
      i = fin < 0 ? source.length : fin + 2;
    } else if (c === '/' && (dernier === '' || '(,=:[!&|?{};+-*%<>~^'.includes(dernier))) {
      let j = i + 1;
      let classe = false;
      while (j < source.length && (classe || source[j] !== '/') && source[j] !== '\n') {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') classe = true;
        else if (source[j] === ']') classe = false;
        j++;
      }
      i = j + 1;
      while (/[a-z]/.test(source[i] ?? '')) i++;
      dernier = 'a';
    } else if (c === '{') {
      profondeur++;
      dernier = c;
      i++;
    } else if (c === '}') {
      profondeur--;
      i++;
      if (pile.length > 0 && pile[pile.length - 1] === profondeur) {
        pile.pop();
        lireTemplate();
        dernier = 'a';
      } else dernier = c;
    } else if (/[\w$]/.test(c)) {
      // A word: after `return`, `typeof`… a `/` starts a regex; after a name or a number, it divides.
      let j = i;
      while (j < source.length && /[\w$]/.test(source[j]!)) j++;
      dernier = MOTS_AVANT_OPERANDE.has(source.slice(i, j)) ? '(' : 'a';
      i = j;
    } else {
      if (!/\s/.test(c)) dernier = /[)\]]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return trouves;
}

/** The literals that read as a sentence: a space between two French words. */
function phrases(source: string): string[] {
  return litteraux(source).filter((l) => / /.test(l) && /\b[a-zàâçéèêëîïôûùüÿœ]{3,}\b.*\b[a-zàâçéèêëîïôûùüÿœ]{3,}\b/i.test(l));
}

describe('les textes destinés à une personne, sans rouages', () => {
  it('le découpage des littéraux sépare chaînes, gabarits, expressions régulières et commentaires', () => {
    const source = `a="x y",b=/"/.test(c)/2,d=\`t \${ {a:'b'}.a } u\`;return/'/g.exec(e)//'commentaire\n/* "non" */f='fin'`;
    expect(litteraux(source)).toEqual(['x y', 't ', 'b', ' u', 'fin']);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s : aucune phrase des bundles ne cite un identifiant de règle, « conventions[ » ni « chrome-extension:// »', (dossier) => {
    const fautives: string[] = [];
    let vues = 0;
    for (const fichier of fichiersJs(path.join(SORTIE, dossier))) {
      for (const p of phrases(readFileSync(fichier, 'utf8'))) {
        vues++;
        const id = IDS_REGLES.find((r) => new RegExp(`(^|[^\\w-])${r}($|[^\\w-])`).test(p));
        if (id || p.includes('conventions[') || p.includes('chrome-extension://')) fautives.push(`${path.basename(fichier)} : ${p.slice(0, 160)}`);
      }
    }
    expect(vues).toBeGreaterThan(500);
    expect(fautives).toEqual([]);
  });

  it('les pages telles qu’affichées : recherche, détails, formulaire, tableau de bord, import refusé', async () => {
    const textes: [string, string][] = [];
    const popup = await ouvrirPopup(session);
    await popup.getByRole('option').first().waitFor({ timeout: 15_000 });
    textes.push(['recherche', await popup.locator('body').innerText()]);
    for (const c of registreParDefaut.conventions) {
      await popup.evaluate((id) => (location.hash = `#/convention/${encodeURIComponent(id)}`), c.id);
      await popup.locator('#detail-titre').waitFor();
      await popup.locator('.constats, .detail p').first().waitFor();
      const texte = await popup.locator('body').innerText();
      textes.push([`détail ${c.id}`, texte]);
      // Its technical id is nowhere in its detail.
      expect(texte, c.id).not.toContain(c.id);
    }
    await popup.getByRole('button', { name: /^Modifier/ }).click();
    await popup.getByRole('heading', { name: /^Modifier : / }).waitFor();
    await popup.waitForTimeout(800);
    textes.push(['formulaire', await popup.locator('body').innerText()]);
    await popup.close();

    const tdb = await ouvrirTableauDeBord(session);
    textes.push(['tableau de bord', await tdb.locator('body').innerText()]);
    await tdb.close();

    // A JSON registry refused on its 8th convention's end date: named in words, not as a path.
    const options = await ouvrirOptions(session);
    const conventions = Array.from({ length: 8 }, (_, i) => ({ ...registreParDefaut.conventions[0]!, id: `c${i}`, ...(i === 7 && { dateFin: '2025-02-30' }) }));
    await options.locator('#fichier-import').setInputFiles({ name: 'registre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, conventions })) });
    await options.getByRole('alert').waitFor({ timeout: 15_000 });
    const refus = await options.getByRole('alert').innerText();
    expect(refus).toMatch(/Convention n° 8 \(« c7 »\), champ « dateFin » : date impossible/i);
    textes.push(['import refusé', await options.locator('body').innerText()]);
    await options.close();

    for (const [quoi, texte] of textes) sansInternes(texte, quoi);
  });

  it('les exports du registre (JSON et CSV) : aucun rouage', async () => {
    for (const format of ['json', 'csv'] as const) {
      const r = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format });
      if (!r.ok) throw new Error(r.erreur);
      sansInternes(r.valeur.contenu, format);
    }
  });
});
