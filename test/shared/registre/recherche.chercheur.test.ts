// The Chercheur (vocabulary, word scores kept between keystrokes) must rank exactly as scoring every
// field of every convention would: checked against that plain scan, query by query and keystroke by
// keystroke, on random registries and queries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../../shared/registre/defaut';
import type { Registre } from '../../../shared/registre/format';
import { Chercheur, entreesRecherche, indexerRegistre, plier, type Entree } from '../../../shared/registre/recherche';
import { genererRegistre } from '../../../bench/generateurs';
import { registreQuelconque } from './arbitraires';

/** The plain scan: every occurrence of each word in every field, best kept. */
function reference(registre: Registre, requete: string, limite: number) {
  const jetons = [...new Set(plier(requete).split(' ').filter((j) => j !== ''))].slice(0, 8);
  const score = (e: Entree, t: string) => {
    let meilleur = /^\d{4}$/.test(t) && e.annees.includes(Number(t)) ? 15 : 0;
    for (const champ of e.champs) {
      for (let i = champ.texte.indexOf(t); i >= 0; i = champ.texte.indexOf(t, i + 1)) {
        const debut = champ.texte[i - 1] === ' ';
        const fin = champ.texte[i + t.length] === ' ';
        meilleur = Math.max(meilleur, champ.poids * (debut ? (fin ? 3 : 2) : 1));
      }
    }
    return meilleur;
  };
  const trouves = entreesRecherche(registre).flatMap((e) => {
    const scores = jetons.map((t) => score(e, t));
    return scores.includes(0) ? [] : [{ e, score: scores.reduce((a, b) => a + b, 0) }];
  });
  trouves.sort((a, b) => b.score - a.score || (a.e.dateFin === b.e.dateFin ? a.e.rang - b.e.rang : a.e.dateFin > b.e.dateFin ? -1 : 1));
  return { total: trouves.length, resultats: trouves.slice(0, limite).map((t) => ({ conventionId: t.e.conventionId, score: t.score, libelle: t.e.libelle })) };
}

/** Every prefix of a query, as typed key by key (backspaces included). */
const frappes = (q: string) => [...q].map((_, n) => q.slice(0, n + 1));

describe('Chercheur', () => {
  it('classe comme le balayage complet, frappe après frappe (registre par défaut)', () => {
    const chercheur = new Chercheur(indexerRegistre(registreParDefaut));
    for (const q of ['classe a 12', 'DGEFP 2021', 'mission apprentissage', 'rdv.insertion', 'c004', '0103-CEFP', 'menjs', 'ppren', '2024 dinum', 'a', 'classe', '']) {
      for (const p of frappes(q)) expect(chercheur.chercher(p, 50), p).toEqual(reference(registreParDefaut, p, 50));
    }
  });

  it('classe comme le balayage complet sur 5 000 conventions, avec le total', () => {
    const registre = genererRegistre(5000, 2);
    const chercheur = new Chercheur(indexerRegistre(registre));
    for (const q of ['startup numéro 4321', 'dgefp 2023', 'c04 u01', '2022', 'direction 0103']) {
      for (const p of frappes(q)) expect(chercheur.chercher(p, 20), p).toEqual(reference(registre, p, 20));
    }
    expect(chercheur.chercher('startup', 20).total).toBe(5000);
    // Every match (the dashboard's filter): sorted once, same order.
    for (const q of ['dgefp', 'startup 12', '2023', '']) expect(chercheur.chercher(q, 5000), q).toEqual(reference(registre, q, 5000));
  });

  it('classe comme le balayage complet sur des registres et des frappes quelconques', () => {
    fc.assert(
      fc.property(registreQuelconque, fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), (registre, requetes) => {
        const chercheur = new Chercheur(indexerRegistre(registre));
        const mots = entreesRecherche(registre).flatMap((e) => e.champs.flatMap((c) => c.texte.trim().split(' '))).slice(0, 20);
        for (const q of [...requetes, ...mots.map((m) => m.slice(1, 4)), ...mots.slice(0, 5)]) {
          for (const p of frappes(q)) expect(chercheur.chercher(p, 10)).toEqual(reference(registre, p, 10));
        }
      }),
      { numRuns: 60 },
    );
  });
});
