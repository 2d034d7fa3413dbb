import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { registreParDefaut } from '../../../shared/registre/defaut';
import type { Registre } from '../../../shared/registre/format';
import {
  anciensSlugsDepuisRedirections,
  clesStartup,
  conventionsPourIncubateur,
  conventionsPourStartup,
  normaliserSlug,
  slugDeRedirection,
  startupPourSlug,
  startupsParCle,
} from '../../../shared/registre/liens';

const ids = (cs: Convention[]) => cs.map((c) => c.id);

describe('liens vers beta.gouv.fr — registre par défaut', () => {
  it('relie chaque startup de _registre à sa convention', () => {
    expect(ids(conventionsPourStartup(registreParDefaut, 'exposition-ij'))).toEqual(['dne-2023-08-31']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'rdv.insertion'))).toEqual(['dgefp-2020-12-16']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'tdb-apprentissage'))).toEqual(['dinum-2024-03-27']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'classe-a-12'))).toEqual(['menjs-2021-01-26']);
  });

  it("donne aux startups de l'incubateur la convention de l'incubateur ; « _ » vaut « - », casse indifférente", () => {
    expect(ids(conventionsPourStartup(registreParDefaut, 'api.apprentissage'))).toEqual(['dgefp-2024-03-28']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'uai-siret'))).toEqual(['dgefp-2024-03-28']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'UAI_SIRET'))).toEqual(['dgefp-2024-03-28']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'prevention-ruptures-apprentissage'))).toEqual(['dgefp-2024-03-28']);
  });

  it('mène un ancien slug (redirect_from) à la startup renommée, casse et « _ » indifférents', () => {
    expect(ids(conventionsPourStartup(registreParDefaut, 'expositionIJ'))).toEqual(['dne-2023-08-31']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'expositionij'))).toEqual(['dne-2023-08-31']);
    expect(ids(conventionsPourStartup(registreParDefaut, 'Classes12'))).toEqual(['menjs-2021-01-26']);
    expect(startupPourSlug(registreParDefaut, 'expositionIJ')?.slug).toBe('exposition-ij');
    expect(startupPourSlug(registreParDefaut, 'exposition_ij')?.slug).toBe('exposition-ij');
    expect(startupPourSlug(registreParDefaut, 'classes12.md')).toBeUndefined();
  });

  it('ne donne rien pour une startup inconnue ou vide', () => {
    expect(conventionsPourStartup(registreParDefaut, 'inconnue')).toEqual([]);
    expect(conventionsPourStartup(registreParDefaut, '  ')).toEqual([]);
  });

  it("liste les conventions d'un incubateur", () => {
    expect(ids(conventionsPourIncubateur(registreParDefaut, 'mission-apprentissage'))).toEqual(['dgefp-2024-03-28']);
    expect(ids(conventionsPourIncubateur(registreParDefaut, 'Mission_Apprentissage'))).toEqual(['dgefp-2024-03-28']);
    expect(conventionsPourIncubateur(registreParDefaut, 'dinum')).toEqual([]);
    expect(ids(conventionsPourIncubateur(registreParDefaut, 'dinum', { avecStartups: true }))).toEqual([
      'dne-2023-08-31',
      'dinum-2024-03-27',
      'menjs-2021-01-26',
    ]);
  });
});

describe('liens — cas construits', () => {
  const base = { type: 'delegation-de-gestion' as const, delegant: {}, delegataire: {}, echeancier: [] };
  const r: Registre = {
    version: 1,
    conventions: [
      { ...base, id: 'a', incubateur: 'inc_1' },
      { ...base, id: 'b', startups: ['Ma_Startup'] },
      { ...base, id: 'c', startups: ['ma-startup'], incubateur: 'inc-1' },
    ],
    executions: [],
    startups: [{ slug: 'ma_startup', nom: 'Ma startup', incubateur: 'INC-1' }],
    incubateurs: [],
  };

  it('met les liens directs avant ceux de l’incubateur, sans doublon', () => {
    expect(ids(conventionsPourStartup(r, 'ma-startup'))).toEqual(['b', 'c', 'a']);
  });

  describe('startups renommées', () => {
    const renomme: Registre = {
      version: 1,
      conventions: [
        { ...base, id: 'ancien', startups: ['Vieux_Nom'] },
        { ...base, id: 'nouveau', startups: ['nouveau-nom'] },
        { ...base, id: 'inc', incubateur: 'inc-2' },
        { ...base, id: 'reprise', startups: ['repris'] },
        { ...base, id: 'autre', startups: ['autre'] },
      ],
      executions: [],
      startups: [
        { slug: 'nouveau-nom', nom: 'Nouveau nom', incubateur: 'inc-2', anciensSlugs: ['vieux-nom', 'repris'] },
        // `repris`, a former slug of nouveau-nom, is now another startup's own slug.
        { slug: 'repris', nom: 'Repris' },
        { slug: 'autre', nom: 'Autre', anciensSlugs: ['nouveau-nom'] },
      ],
      incubateurs: [],
    };

    it('trouve depuis le nouveau slug la convention qui nomme l’ancien, et inversement', () => {
      expect(ids(conventionsPourStartup(renomme, 'nouveau-nom'))).toEqual(['ancien', 'nouveau', 'inc']);
      expect(ids(conventionsPourStartup(renomme, 'VIEUX_NOM'))).toEqual(['ancien', 'nouveau', 'inc']);
    });

    it('un slug actuel l’emporte sur l’ancien slug d’une autre startup', () => {
      expect(startupPourSlug(renomme, 'repris')?.nom).toBe('Repris');
      expect(ids(conventionsPourStartup(renomme, 'repris'))).toEqual(['reprise']);
      expect(startupPourSlug(renomme, 'nouveau-nom')?.nom).toBe('Nouveau nom');
      expect(ids(conventionsPourStartup(renomme, 'autre'))).toEqual(['autre']);
    });

    it('compte les anciens slugs pour les startups d’un incubateur', () => {
      expect(ids(conventionsPourIncubateur(renomme, 'inc-2', { avecStartups: true }))).toEqual(['inc', 'ancien', 'nouveau']);
    });

    it('donne toutes les clés d’une startup, normalisées', () => {
      expect(clesStartup({ slug: 'Nouveau_Nom', nom: 'x', anciensSlugs: ['Vieux_Nom', 'nouveau-nom', ' '] })).toEqual(['nouveau-nom', 'vieux-nom']);
    });
  });

  it('lit l’ancien slug d’une entrée redirect_from', () => {
    expect(slugDeRedirection('/startups/expositionIJ')).toBe('expositionIJ');
    expect(slugDeRedirection('/startups/classes12.md')).toBe('classes12');
    expect(slugDeRedirection('/startups/labonnealternance.html')).toBe('labonnealternance');
    expect(slugDeRedirection(' startups/e-insp%C3%A9/ ')).toBe('e-inspé');
    expect(slugDeRedirection('/startups/rdv.insertion')).toBe('rdv.insertion');
    expect(slugDeRedirection('/startup/investigation-ij')).toBeNull();
    expect(slugDeRedirection('/incubateurs/apprentissage')).toBeNull();
    expect(slugDeRedirection('/startups/')).toBeNull();
    expect(slugDeRedirection('/startups/index.html')).toBeNull();
    expect(slugDeRedirection(42)).toBeNull();
  });

  it('tire les anciens slugs de redirect_from : /startups/… seulement, une fois chacun, jamais le slug actuel', () => {
    expect(anciensSlugsDepuisRedirections(['/startup/investigation-ij', '/startups/investigationIJ'], 'cestquilepro')).toEqual(['investigationIJ']);
    expect(anciensSlugsDepuisRedirections('/startups/expositionIJ', 'exposition-ij')).toEqual(['expositionIJ']);
    expect(anciensSlugsDepuisRedirections(['/startups/a_b', '/startups/A-B.html', '/startups/x.html', 7], 'x')).toEqual(['a_b']);
    expect(anciensSlugsDepuisRedirections(['/startup/a'], 'x')).toBeUndefined();
    expect(anciensSlugsDepuisRedirections(undefined, 'x')).toBeUndefined();
  });

  it('normalise les slugs', () => {
    expect(normaliserSlug(' Uai_Siret ')).toBe('uai-siret');
  });
});

describe('startupsParCle', () => {
  const renommee = { slug: 'exposition-ij', nom: 'Exposition IJ', anciensSlugs: ['expositionIJ', 'pris'] };
  const autre = { slug: 'pris', nom: 'Celle qui porte ce slug aujourd’hui' };

  it('mène slug actuel et anciens slugs (normalisés) à la startup ; le slug actuel d’une autre l’emporte', () => {
    const index = startupsParCle([renommee, autre]);
    expect(index.get('exposition-ij')).toBe(renommee);
    expect(index.get(normaliserSlug('expositionIJ'))).toBe(renommee);
    expect(index.get('pris')).toBe(autre);
    expect([...index.keys()].sort()).toEqual(['exposition-ij', 'expositionij', 'pris']);
  });

  it('donne les mêmes réponses que startupPourSlug', () => {
    const r = { version: 1 as const, conventions: [], executions: [], startups: [renommee, autre], incubateurs: [] };
    for (const slug of ['exposition_ij', 'ExpositionIJ', 'pris', 'inconnue', '']) {
      expect(startupPourSlug(r, slug)).toBe(startupsParCle(r.startups).get(normaliserSlug(slug)));
    }
  });
});

describe('startupPourSlug, table gardée par registre', () => {
  /** A startup that counts the times its former slugs are read: once per table built, never per look-up. */
  function startupComptee(slug: string, anciens: string[]) {
    const lectures = { n: 0 };
    const startup = {
      slug,
      nom: slug,
      get anciensSlugs() {
        lectures.n++;
        return anciens;
      },
    };
    return { startup, lectures };
  }
  const registre = (startups: Registre['startups']): Registre => ({ version: 1, conventions: [], executions: [], startups, incubateurs: [] });
  const SLUGS = ['exposition_ij', 'ExpositionIJ', 'pris', 'PRIS ', 'inconnue', '', 'classes12'];

  it('répond comme une table construite à chaque appel, pour chaque slug et à chaque appel', () => {
    const r = registre([{ slug: 'exposition-ij', nom: 'Exposition IJ', anciensSlugs: ['expositionIJ', 'pris'] }, { slug: 'pris', nom: 'Pris' }, ...registreParDefaut.startups]);
    for (let tour = 0; tour < 3; tour++) {
      for (const slug of SLUGS) expect(startupPourSlug(r, slug)).toBe(startupsParCle(r.startups).get(normaliserSlug(slug)));
    }
    expect(startupPourSlug(r, 'pris')?.nom).toBe('Pris');
    expect(startupPourSlug(r, 'expositionij')?.slug).toBe('exposition-ij');
  });

  it('construit la table une seule fois par registre, quel que soit le nombre de slugs demandés', () => {
    const { startup, lectures } = startupComptee('exposition-ij', ['expositionIJ']);
    const r = registre([startup]);
    for (let tour = 0; tour < 50; tour++) for (const slug of SLUGS) startupPourSlug(r, slug);
    expect(lectures.n).toBe(1);
    expect(startupPourSlug(r, 'EXPOSITIONIJ')).toBe(startup);
    expect(lectures.n).toBe(1);
  });

  it('donne à un autre registre (une autre liste de startups) sa propre table, sans reprendre celle du premier', () => {
    const { startup, lectures } = startupComptee('nouveau-nom', ['vieux-nom']);
    const premier = registre([startup]);
    expect(startupPourSlug(premier, 'vieux_nom')).toBe(startup);
    const second = registre([{ slug: 'vieux-nom', nom: 'Reprise du slug' }]);
    expect(startupPourSlug(second, 'vieux_nom')?.nom).toBe('Reprise du slug');
    expect(startupPourSlug(second, 'nouveau-nom')).toBeUndefined();
    expect(startupPourSlug(premier, 'vieux_nom')).toBe(startup);
    // The same startups with other conventions: same list, same table.
    startupPourSlug({ ...premier, conventions: registreParDefaut.conventions }, 'nouveau-nom');
    expect(lectures.n).toBe(1);
  });
});
