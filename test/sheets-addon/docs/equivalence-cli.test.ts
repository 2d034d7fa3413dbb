// The Docs path reads as the CLI reads: every seed and every text of test/fixtures/conventions and
// test/fixtures/reelles, made into a Docs-like document (headings, list items, bold, real tables), is
// checked by the built Docs bundle; its convention and findings must be those of `jauge parse` and
// `jauge check` on the text the document shows, and on the original text too (see the one exception).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifierDocument } from '../../../shared/cli/check';
import { constatPourJson } from '../../../shared/cli/presentation';
import { lireConvention } from '../../../shared/lecture/convention';
import { assurerConstruction, chargerDocs, documentDepuisTexte } from '../util/charger-docs';
import { Paragraphe, paragrapheDepuisLigne, texteVisible } from '../util/document-modele';

const AUJOURDHUI = '2025-06-15';
const SEEDS = path.resolve('../shared/seeds');

function textes(dossier: string): Array<[string, string]> {
  return readdirSync(dossier)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [path.relative(process.cwd(), path.join(dossier, f)), readFileSync(path.join(dossier, f), 'utf8')]);
}

const CORPUS = [...textes(SEEDS), ...textes('test/fixtures/conventions'), ...textes('test/fixtures/reelles')];

/** What `jauge check FILE --json` prints for a convention text, and `jauge parse FILE --json`'s convention. */
function cli(texte: string) {
  const v = verifierDocument(texte, 'convention', AUJOURDHUI);
  if (!v.ok) throw new Error(v.erreur);
  return { constats: v.constats.map((c) => constatPourJson(c, false)), convention: lireConvention(texte).convention };
}

/**
 * A convention without a délégant is given an id from a fingerprint of its text. A list item's dash is
 * not text in Docs (it is the list's glyph), so a text with `- ` lines gets another fingerprint: the
 * only difference allowed against the original text, and only there.
 */
const EMPREINTE = /\bconvention-[0-9a-f]{8}\b/g;

beforeAll(async () => {
  await assurerConstruction();
});

describe('Docs ↔ CLI : la même lecture du même texte', () => {
  it('couvre les cinq graines et tout le corpus', () => {
    expect(CORPUS.filter(([f]) => f.includes('seeds'))).toHaveLength(5);
    expect(CORPUS.length).toBeGreaterThanOrEqual(55);
  });

  it.each(CORPUS)('%s', (_fichier, texte) => {
    const document = documentDepuisTexte(texte);
    // A header and a footer the reader must skip: read, they would change the end date.
    document.entete.enfants.splice(0, 1, Object.assign(paragrapheDepuisLigne('Projet — fin le 31 décembre 2031'), { parent: document.entete }));
    document.pied.enfants.splice(0, 1, Object.assign(new Paragraphe('Date de fin : 31/12/2030'), { parent: document.pied }));
    const avant = document.instantane();
    const { module } = chargerDocs(document, { aujourdhui: AUJOURDHUI });
    const rapport = module.verifierConvention();
    const docs = { constats: rapport.constats.map(({ regle, gravite, message, position }) => ({ regle, gravite, message, position })), convention: rapport.convention };

    // Exactly the CLI on the text the document shows (paragraphs, rows with tab-separated cells).
    expect(docs).toEqual(cli(texteVisible(document.corps)));
    // And the CLI on the original text, the fingerprint id aside when list items lost their dash.
    const original = cli(texte);
    const avecListes = document.corps.enfants.some((e) => e instanceof Paragraphe && e.type === 'LIST_ITEM');
    if (avecListes) expect(JSON.stringify(docs).replace(EMPREINTE, 'ID')).toBe(JSON.stringify(original).replace(EMPREINTE, 'ID'));
    else expect(docs).toEqual(original);

    // A check never changes the text: only backgrounds differ.
    const texteDe = (json: string) => (JSON.parse(json) as Array<Array<[string, string, string]>>).map((s) => s.map(([type, titre, t]) => [type, titre, t]));
    expect(texteDe(document.instantane())).toEqual(texteDe(avant));
  });
});
