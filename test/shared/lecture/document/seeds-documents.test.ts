// The five seeds laid out as a person's documents (test/fixtures/documents, made by
// scripts/fixtures-documents.ts): read through the document layer, the convention reader must find
// every field of seeds.expected.json, and the rules the same findings (rule, gravité) as on the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireConvention } from '../../../../shared/lecture/convention';
import { lireDocument } from '../../../../shared/lecture/document';
import { verifier } from '../../../../shared/verifier';
import { FIXTURES_DOCUMENTS, PARTAGE } from '../../../aides/partage';

const ATTENDU = JSON.parse(readFileSync(path.join(PARTAGE, 'spec/seeds.expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const seeds = Object.keys(ATTENDU).filter((f) => f.endsWith('.txt')).sort();
const VARIANTES = ['.pdf', '-entetes.pdf', '.docx', '.odt'] as const;
const AUJOURDHUI = '2026-11-24';

const constatsDe = (texte: string) =>
  verifier({ ...lireConvention(texte).contexte, aujourdhui: AUJOURDHUI })
    .map((c) => `${c.regle} ${c.gravite}`)
    .sort();

describe('seeds mis en page : PDF, PDF à en-têtes, .docx, .odt', () => {
  it('couvre les cinq seeds', () => expect(seeds).toHaveLength(5));

  for (const seed of seeds) {
    const texteSeed = readFileSync(path.join(PARTAGE, 'seeds', seed), 'utf8');
    for (const variante of VARIANTES) {
      const fichier = `${seed.slice(0, 3)}${variante}`;
      it(`${fichier} : les champs de seeds.expected.json et les constats du texte`, async () => {
        const r = await lireDocument(new Uint8Array(readFileSync(path.join(FIXTURES_DOCUMENTS, fichier))), { nom: fichier });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.document.format).toBe(variante.endsWith('.pdf') ? 'pdf' : variante.slice(1));
        expect(r.document.texte.split('\n')).toHaveLength(r.document.lignes.length);
        const { convention } = lireConvention(r.document.texte);
        const { constats: _c, ...attendu } = ATTENDU[seed]!;
        for (const [champ, valeur] of Object.entries(attendu)) expect([champ, (convention as Record<string, unknown>)[champ]]).toEqual([champ, valeur]);
        expect(constatsDe(r.document.texte)).toEqual(constatsDe(texteSeed));
      });
    }
  }
});
