import { describe, expect, it } from 'vitest';
import type { Convention } from '../../../shared/model';
import { registreParDefaut } from '../../../shared/registre/defaut';
import type { Registre } from '../../../shared/registre/format';
import { conventionsPourIncubateur, conventionsPourStartup, normaliserSlug } from '../../../shared/registre/liens';

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

  it('normalise les slugs', () => {
    expect(normaliserSlug(' Uai_Siret ')).toBe('uai-siret');
  });
});
