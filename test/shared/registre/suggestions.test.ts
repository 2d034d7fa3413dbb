// The startups and incubators a convention names: the five seeds against the registry's snapshot, the
// published texts of test/fixtures/reelles (which name no startup, but for the FAST 14 convention)
// against a hand-written list of beta.gouv.fr names chosen for their common words, and the picker.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { chercherDansReferentiel, suggererLiens, type Referentiel } from '../../../shared/registre/suggestions';

const RACINE = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.resolve(RACINE, '../shared/seeds');
const REELLES = path.join(RACINE, 'test/fixtures/reelles');
const registre: Referentiel = { startups: registreParDefaut.startups, incubateurs: registreParDefaut.incubateurs };
const liste: Referentiel = JSON.parse(readFileSync(path.join(RACINE, 'test/fixtures/betagouv/noms-startups.json'), 'utf8'));
const seed = (prefixe: string) => readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefixe))!), 'utf8');
const ids = (texte: string, referentiel: Referentiel) => suggererLiens({ texte }, referentiel).map((s) => `${s.sorte}:${s.id}`);

describe('suggererLiens', () => {
  it.each([
    ['000', ['incubateur:mission-apprentissage']],
    // « mission Inserjeunes »: a brand word of « Exposition des données InserJeunes & InserSup ».
    ['001', ['startup:exposition-ij']],
    // It names « data.insertion », rdv-insertion's former slug, which the registry does not hold.
    ['002', []],
    ['003', ['startup:tdb-apprentissage', 'incubateur:mission-apprentissage']],
    ['004', ['startup:classe-a-12']],
  ])('seed %s : la startup ou l’incubateur que le registre lui lie vient en premier', (prefixe, attendus) => {
    expect(ids(seed(prefixe), registre)).toEqual(attendus);
    const lie = registreParDefaut.conventions.find((c) => c.id === { '000': 'dgefp-2024-03-28', '001': 'dne-2023-08-31', '002': 'dgefp-2020-12-16', '003': 'dinum-2024-03-27', '004': 'menjs-2021-01-26' }[prefixe])!;
    const lien = lie.startups?.[0] ? `startup:${lie.startups[0]}` : `incubateur:${lie.incubateur}`;
    if (attendus.length > 0 && prefixe !== '002') expect(ids(seed(prefixe), registre)[0]).toBe(lien);
  });

  it('dit pourquoi, où et combien de fois, en français', () => {
    const [classe] = suggererLiens({ texte: seed('004') }, registre);
    expect(classe).toMatchObject({ sorte: 'startup', id: 'classe-a-12', nom: 'Classe à 12', ligne: 33 });
    expect(classe!.raison).toBe('nommée dans le document : « Classe à 12 » (ligne 33, 7 fois)');
    const [, incubateur] = suggererLiens({ texte: seed('003') }, registre);
    expect(incubateur!.raison).toMatch(/^nommé dans le document : « Mission interministérielle pour l’apprentissage » \(ligne \d+\)$/);
  });

  it('aucune suggestion sur les textes publiés qui ne nomment aucune startup, même contre des noms de mots courants', () => {
    const textes = readdirSync(REELLES).filter((f) => f.endsWith('.txt'));
    expect(textes.length).toBeGreaterThanOrEqual(30);
    const trouvees = Object.fromEntries(textes.map((f) => [f, ids(readFileSync(path.join(REELLES, f), 'utf8'), liste)]).filter(([, s]) => s!.length > 0));
    // The FAST 14 convention names its two services (« “Immersion facilitée” et … ») and its partner, the GIP Plateforme de l’inclusion;
    // its « parmi lesquelles Mon Entreprise, … La Bonne Boîte » lists examples of the programme and is left out.
    expect(trouvees).toEqual({ '13-lawinsider-fast-14-dinum-gip-inclusion.txt': ['startup:immersion-facile', 'incubateur:gip-inclusion'] });
  });

  it('un mot courant n’est un nom que seul entre guillemets, jamais un terme que le texte définit', () => {
    const referentiel: Referentiel = { startups: [{ slug: 'convention', nom: 'Convention' }, { slug: 'pix', nom: 'Pix' }], incubateurs: [] };
    expect(ids('La présente convention (ci-après la « Convention ») porte sur « Pix ».', referentiel)).toEqual(['startup:pix']);
    expect(ids('**Convention** de délégation de gestion. Les startups d’État, « Pix et Dora ».', referentiel)).toEqual([]);
    // Written otherwise than its name (case), or a common phrase without its capitals: not a mention.
    expect(ids('le service « PIX »', referentiel)).toEqual([]);
    expect(ids('une boîte aux lettres', { startups: [{ slug: 'boite.aux.lettres', nom: 'Boîte aux lettres' }], incubateurs: [] })).toEqual([]);
  });

  it('reconnaît le slug écrit tel quel, l’ancien slug, et ignore accents et casse du nom entre guillemets', () => {
    expect(ids('L’équipe data.insertion et le site tdb-apprentissage.', { startups: [{ slug: 'rdv.insertion', nom: 'rdv-insertion', anciensSlugs: ['data.insertion'] }, ...registre.startups], incubateurs: [] })).toEqual([
      'startup:rdv.insertion',
      'startup:tdb-apprentissage',
    ]);
    expect(ids('le service « CLASSE A 12 »', registre)).toEqual(['startup:classe-a-12']);
  });

  it('laisse de côté ce qui est déjà lié, et lit le titre et les parties d’une convention enregistrée', () => {
    const convention = { titre: 'Partenariat FAST « Classe à 12 »', delegant: { sigle: 'DINUM' }, delegataire: { nom: "GIP Plateforme de l'inclusion" } };
    expect(suggererLiens({ convention }, { startups: liste.startups, incubateurs: liste.incubateurs }).map((s) => s.id)).toEqual(['classe-a-12', 'gip-inclusion']);
    expect(suggererLiens({ convention: { ...convention, startups: ['classe-a-12'], incubateur: 'gip-inclusion' } }, liste)).toEqual([]);
  });

  it('lit un document de 2 millions de caractères sans peine', () => {
    const long = `${seed('004')}\n`.repeat(Math.ceil(2_000_000 / seed('004').length));
    expect(suggererLiens({ texte: long }, liste)[0]?.id).toBe('classe-a-12');
  });
});

describe('chercherDansReferentiel', () => {
  it('trouve startups et incubateurs par le début de chaque mot, sans accents ni casse, les noms qui commencent par la requête d’abord', () => {
    expect(chercherDansReferentiel('api', liste).map((r) => r.id)).toEqual(['api.apprentissage', 'api-entreprise', 'api-particulier']);
    expect(chercherDansReferentiel('classe', liste)).toEqual([{ sorte: 'startup', id: 'classe-a-12', nom: 'Classe à 12' }]);
    expect(chercherDansReferentiel('zero logement', liste).map((r) => r.id)).toEqual(['zero-logement-vacant']);
    expect(chercherDansReferentiel('ZÉRO', liste).map((r) => r.id)).toEqual(['zero-logement-vacant']);
    expect(chercherDansReferentiel('plateforme incl', liste)).toEqual([{ sorte: 'incubateur', id: 'gip-inclusion', nom: "Plateforme de l'inclusion" }]);
    expect(chercherDansReferentiel('classes12', liste).map((r) => r.id)).toEqual(['classe-a-12']);
    expect(chercherDansReferentiel('  ', liste)).toEqual([]);
  });
});
