import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DonneesRecherche, ResumeRecherche } from '../../../extension/lib/messages';
import { compacterDonneesRecherche, deployerDonneesRecherche } from '../../../extension/lib/recherche-transport';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { Chercheur, indexerRegistre } from '../../../shared/registre/recherche';
import { genererRegistre } from '../../../bench/generateurs';
import { essais } from '../../aides/essais';

/** Through JSON, as a message between the background and a page. */
const parMessage = <T>(valeur: T): T => JSON.parse(JSON.stringify(valeur)) as T;

const texte = fc.string({ unit: 'grapheme', maxLength: 12 });
const resume: fc.Arbitrary<ResumeRecherche> = fc.record(
  {
    id: texte,
    libelle: texte,
    titre: texte,
    startups: fc.array(texte, { maxLength: 3 }),
    nomsStartups: fc.array(texte, { maxLength: 3 }),
    incubateur: texte,
    phase: fc.constantFrom('a-venir', 'en-cours', 'echue'),
    niveau: fc.constantFrom('ok', 'attention', 'alerte'),
    texteNiveau: texte,
    texteBadge: texte,
  },
  { requiredKeys: ['id', 'libelle', 'startups', 'nomsStartups', 'phase', 'niveau', 'texteNiveau', 'texteBadge'] },
);

/** What the page gets: everything but the index's labels, which it never shows. */
function sansLibellesIndex(d: DonneesRecherche): DonneesRecherche {
  return { ...d, index: { ...d.index, conventions: d.index.conventions.map((c) => ({ ...c, libelle: '' })) } };
}

describe('index-recherche en colonnes', () => {
  it('rend les résumés et l’index tels quels (sauf les libellés de l’index), par JSON', () => {
    const index = indexerRegistre(registreParDefaut);
    fc.assert(
      fc.property(fc.array(resume, { maxLength: 8 }), (resumes) => {
        const donnees = { index, resumes };
        expect(deployerDonneesRecherche(parMessage(compacterDonneesRecherche(donnees)))).toEqual(sansLibellesIndex(donnees));
      }),
      { numRuns: essais(500) },
    );
  });

  it('la recherche dans la page trouve les mêmes conventions, dans le même ordre', () => {
    const index = indexerRegistre(genererRegistre(500, 2));
    const deploye = deployerDonneesRecherche(parMessage(compacterDonneesRecherche({ index, resumes: [] }))).index;
    const avant = new Chercheur(index);
    const apres = new Chercheur(deploye);
    for (const requete of ['', 's', 'startup numéro 4', 'dgefp 2022', '0103', 'zzz']) {
      const a = avant.chercher(requete, 20);
      const b = apres.chercher(requete, 20);
      expect(b.total).toBe(a.total);
      expect(b.resultats.map((r) => [r.conventionId, r.score])).toEqual(a.resultats.map((r) => [r.conventionId, r.score]));
    }
  });

  it('pèse moins de la moitié du message d’avant pour 5 000 conventions', () => {
    const registre = genererRegistre(5000, 2);
    const index = indexerRegistre(registre);
    const resumes: ResumeRecherche[] = registre.conventions.map((c, i) => ({
      id: c.id,
      libelle: `Convention ${c.delegant.sigle ?? ''}`,
      startups: c.startups ?? [],
      nomsStartups: (c.startups ?? []).map((s) => s.replace('startup-', 'Startup numéro ')),
      phase: i % 3 ? 'en-cours' : 'echue',
      niveau: i % 2 ? 'ok' : 'attention',
      texteNiveau: i % 2 ? 'à jour' : 'attention',
      texteBadge: `AE ${i % 500} k€ · J-${i % 90}`,
    }));
    const avant = JSON.stringify({ index, resumes }).length;
    const apres = JSON.stringify(compacterDonneesRecherche({ index, resumes })).length;
    expect(apres / avant).toBeLessThan(0.5);
  });

  it('refuse une réponse tronquée au lieu de rendre des résumés faux', () => {
    const compact = compacterDonneesRecherche({ index: indexerRegistre(registreParDefaut), resumes: [] });
    expect(() => deployerDonneesRecherche({ ...compact, chaines: compact.chaines.slice(0, 2) })).toThrow();
  });
});
