import { describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../../shared/registre/defaut';
import type { Registre } from '../../../shared/registre/format';
import { Chercheur, indexerRegistre, plier, rechercher } from '../../../shared/registre/recherche';

const index = indexerRegistre(registreParDefaut);
const ids = (requete: string, limite?: number) => rechercher(index, requete, limite).map((r) => r.conventionId);

describe('recherche dans le registre par défaut', () => {
  it('trouve une startup par son nom, sans accents ni casse', () => {
    expect(ids('classe a 12')).toEqual(['menjs-2021-01-26']);
    expect(ids('CLASSE À 12')).toEqual(['menjs-2021-01-26']);
    expect(ids('tableau de bord')).toEqual(['dinum-2024-03-27']);
    expect(ids('inserjeunes')).toEqual(['dne-2023-08-31']);
  });

  it('trouve une startup par son slug, ponctuation comprise', () => {
    expect(ids('rdv.insertion')).toEqual(['dgefp-2020-12-16']);
    expect(ids('exposition-ij')).toEqual(['dne-2023-08-31']);
  });

  it("trouve par l'incubateur et par ses startups", () => {
    expect(ids('mission apprentissage')[0]).toBe('dgefp-2024-03-28');
    expect(ids('catalogue des formations')).toEqual(['dgefp-2024-03-28']);
  });

  it('trouve par sigle de partenaire, rangé par pertinence puis par date de fin', () => {
    expect(ids('DGEFP')).toEqual(['dgefp-2024-03-28', 'dinum-2024-03-27', 'dgefp-2020-12-16']);
    // MENJS signs one convention and sponsors the startups of two others: the signatory comes first.
    expect(ids('menjs')).toEqual(['menjs-2021-01-26', 'dinum-2024-03-27', 'dne-2023-08-31']);
  });

  it('trouve par UO, centre financier, programme', () => {
    expect(ids('0103-CEFP-C004')).toEqual(['dgefp-2024-03-28']);
    expect(ids('c004')).toEqual(['dgefp-2024-03-28']);
    expect(ids('0349')).toEqual(['dne-2023-08-31']);
  });

  it("trouve par année (échéancier et période) et combine les mots (tous requis)", () => {
    expect(ids('2021')).toEqual(['menjs-2021-01-26', 'dgefp-2020-12-16']);
    expect(ids('dgefp 2021')).toEqual(['dgefp-2020-12-16']);
    expect(ids('dgefp 2019')).toEqual([]);
  });

  it('liste tout pour une requête vide, le plus récent d’abord, avec un libellé', () => {
    const r = rechercher(index, '   ');
    expect(r.map((x) => x.conventionId)).toEqual(['dgefp-2024-03-28', 'dinum-2024-03-27', 'dne-2023-08-31', 'dgefp-2020-12-16', 'menjs-2021-01-26']);
    expect(r.every((x) => x.score === 0)).toBe(true);
    expect(r[0]!.libelle).toBe('Mission interministérielle pour l’apprentissage · DGEFP → DINUM · 2024–2025');
    expect(r.find((x) => x.conventionId === 'menjs-2021-01-26')!.libelle).toBe('Classe à 12 · MENJS → DINUM · 2021');
  });

  it('respecte la limite et ne trouve rien pour un mot absent', () => {
    expect(ids('', 2)).toHaveLength(2);
    expect(ids('xyzzy')).toEqual([]);
  });

  it('plie le texte : accents, casse et ponctuation', () => {
    expect(plier("Crédits de l'État — 0103-CEFP")).toBe('credits de l etat 0103 cefp');
  });
});

describe('recherche — pertinence puis urgence', () => {
  it('à score égal, l’ordre d’urgence donné (le plus urgent d’abord) départage', () => {
    const index = indexerRegistre(registreParDefaut);
    const dgefp = registreParDefaut.conventions.filter((c) => c.delegant.sigle === 'DGEFP' || c.delegataire.sigle === 'DGEFP').map((c) => c.id);
    const urgence = [...dgefp].reverse();
    const parDate = new Chercheur(index).chercher('dgefp').resultats.map((r) => r.conventionId);
    const parUrgence = new Chercheur(index, urgence).chercher('dgefp').resultats.map((r) => r.conventionId);
    expect(new Set(parUrgence)).toEqual(new Set(parDate));
    // Among the equally relevant ones, the most urgent first.
    const scores = new Map(new Chercheur(index).chercher('dgefp').resultats.map((r) => [r.conventionId, r.score]));
    for (let i = 1; i < parUrgence.length; i++) {
      const [a, b] = [parUrgence[i - 1]!, parUrgence[i]!];
      if (scores.get(a) === scores.get(b)) expect(urgence.indexOf(a)).toBeLessThan(urgence.indexOf(b));
      else expect(scores.get(a)!).toBeGreaterThan(scores.get(b)!);
    }
  });
});

describe('recherche — classement', () => {
  const base = { type: 'delegation-de-gestion' as const, delegataire: { sigle: 'DINUM' }, echeancier: [] };
  const r: Registre = {
    version: 1,
    conventions: [
      { ...base, id: 'a', delegant: { sigle: 'DGEFP' }, titre: 'Formation continue' },
      { ...base, id: 'b', delegant: { sigle: 'DGE' }, titre: 'Formations' },
      { ...base, id: 'c', delegant: { sigle: 'DNE' }, startups: ['formation-pro'] },
    ],
    executions: [],
    startups: [{ slug: 'formation-pro', nom: 'Formation pro' }],
    incubateurs: [],
  };

  it('met un mot entier avant un début de mot, et une startup avant un titre', () => {
    const resultats = rechercher(indexerRegistre(r), 'formation');
    expect(resultats.map((x) => x.conventionId)).toEqual(['c', 'a', 'b']);
    expect(resultats[0]!.score).toBeGreaterThan(resultats[1]!.score);
    expect(resultats[1]!.score).toBeGreaterThan(resultats[2]!.score);
  });
});

describe('recherche — grand registre', () => {
  const grand: Registre = {
    version: 1,
    conventions: Array.from({ length: 5_000 }, (_, i) => ({
      id: `conv-${i}`,
      type: 'delegation-de-gestion' as const,
      delegant: { sigle: i % 2 ? 'DGEFP' : 'DNE', nom: 'Direction générale' },
      delegataire: { sigle: 'DINUM' },
      dateFin: `${2020 + (i % 8)}-12-31`,
      uo: `0103-CEFP-C${String(i % 1000).padStart(3, '0')}`,
      echeancier: [{ annee: 2020 + (i % 8), ae: 100, cp: 100 }],
      startups: [`startup-${i}`],
    })),
    executions: [],
    startups: [],
    incubateurs: [],
  };
  const indexGrand = indexerRegistre(grand);

  it('garde les meilleurs résultats, dans l’ordre, sans tout trier', () => {
    const r = rechercher(indexGrand, 'dgefp 2027', 50);
    expect(r).toHaveLength(50);
    // « 2027 » is also the number of startup-2027: a whole-word match in a startup beats a year.
    expect(r[0]!.conventionId).toBe('conv-2027');
    const autres = r.slice(1).map((x) => Number(x.conventionId.slice(5)));
    expect(autres.every((n) => n % 2 === 1 && n % 8 === 7)).toBe(true);
    // Equal scores and end dates: registry order.
    expect(autres.slice(0, 3)).toEqual([7, 15, 23]);
    expect(rechercher(indexGrand, 'startup 4999')[0]!.conventionId).toBe('conv-4999');
    expect(rechercher(indexGrand, 'C042').map((x) => x.conventionId)).toEqual(['conv-42', 'conv-1042', 'conv-2042', 'conv-3042', 'conv-4042']);
  });
});
