// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Detail } from '../../../../extension/ui/detail/Detail';
import { convention, detail, resume, statut } from '../donnees';
import { demonterTout, monter, requis, texte } from '../outils';

afterEach(demonterTout);

const section = (vue: Element, id: string) => requis(vue.querySelector(`section[aria-labelledby="${id}"]`), id);

describe('vue détaillée', () => {
  it('présente parties, statut en mots, dates et ligne budgétaire', () => {
    const vue = monter(<Detail detail={detail()} />);
    expect(texte(vue.querySelector('h1'))).toBe('DGEFP → DINUM');
    expect(texte(vue.querySelector('.detail__statut'))).toBe('attention En cours, fin dans 37 jours');
    expect(texte(vue.querySelector('.detail__entete'))).toContain('28 mars 2024 → 31 décembre 2025');
    expect(texte(vue.querySelector('.detail__entete'))).toContain('UO 0103-CEFP-C004 · programme 0103');
  });

  it('dit ce qu’un avenant modifie, en texte (jamais en HTML)', () => {
    const avenant = { numero: 2, articlesModifies: ['3', '<b>5</b>'], dateConventionInitiale: '2018-05-04' };
    const vue = monter(<Detail detail={detail({ convention: convention({ type: 'avenant', avenant }) })} />);
    expect(texte(vue.querySelector('.detail__avenant'))).toBe('Avenant n° 2 — modifie l\'article 3 ainsi que <b>5</b> de la convention du 4 mai 2018');
    expect(vue.querySelector('.detail__avenant b')).toBeNull();
    expect(monter(<Detail detail={detail()} />).querySelector('.detail__avenant')).toBeNull();
  });

  it('montre les alertes du statut avec leur type en mots', () => {
    const vue = monter(<Detail detail={detail()} />);
    expect(texte(vue.querySelector('.alerte--attention'))).toBe('Attention : La convention se termine dans 37 jours.');
  });

  it('liste les constats avec leur gravité et leur ligne', () => {
    const vue = monter(<Detail detail={detail()} />);
    const constats = section(vue, 'detail-constats');
    expect(texte(constats.querySelector('h2'))).toBe('Constats (1)');
    expect(texte(constats.querySelector('li'))).toBe(
      'Avertissement Code d’activité « 01030000-2303 » mal formé : 12 chiffres attendus. (ligne 42)',
    );
    expect(texte(constats.querySelector('.mention'))).toBe('1 avertissement');
  });

  it('met les dates clés dans l’ordre, à venir puis passées', () => {
    const vue = monter(<Detail detail={detail()} />);
    const dates = section(vue, 'detail-dates');
    expect([...dates.querySelectorAll('h3')].map((h) => texte(h))).toEqual(['À venir', 'Passées']);
    const listes = [...dates.querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map((li) => texte(li)));
    expect(listes).toEqual([
      ['31 décembre 2025 — Fin de la convention', "15 janvier 2026 — Prochain comité d'investissement"],
      ['28 mars 2024 — Signature', '30 septembre 2025 — Dernier jour du préavis de 3 mois'],
    ]);
  });

  it('donne les références Chorus', () => {
    const vue = monter(<Detail detail={detail()} />);
    const refs = [...section(vue, 'detail-references').querySelectorAll('dt')].map((dt) => `${texte(dt)}=${texte(dt.nextElementSibling)}`);
    expect(refs).toContain('UO=0103-CEFP-C004');
    expect(refs).toContain('Centre financier=0103-CEFP-C004');
    expect(refs).toContain('Activité=01030000-2303');
    expect(refs).toContain('Centre de coût=EMPEF00075');
    expect(refs).toContain('Préavis=3 mois');
  });

  it('donne les liens beta.gouv.fr, sans suivre une adresse de données qui ne serait pas beta.gouv.fr en https', () => {
    const d = detail({
      convention: convention({ startups: ['classe-a-12', 'uai_siret'], incubateur: undefined }),
      startups: [{ slug: 'classe-a-12', nom: 'Classe à 12', url: 'javascript:alert(1)' }],
      incubateur: undefined,
    });
    const vue = monter(<Detail detail={d} />);
    const liens = [...section(vue, 'detail-liens').querySelectorAll('a')].map((a) => [texte(a), a.getAttribute('href')]);
    expect(liens).toEqual([
      ['Classe à 12 (beta.gouv.fr, nouvel onglet)', 'https://beta.gouv.fr/startups/classe-a-12.html'],
      ['uai_siret (beta.gouv.fr, nouvel onglet)', 'https://beta.gouv.fr/startups/uai-siret.html'],
    ]);
    expect(vue.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it("lie l'incubateur quand la convention le finance", () => {
    const vue = monter(<Detail detail={detail()} />);
    const lien = requis(section(vue, 'detail-liens').querySelector('a'));
    expect(lien.getAttribute('href')).toBe('https://beta.gouv.fr/incubateurs/mission-apprentissage.html');
    expect(texte(lien)).toBe('Incubateur Mission apprentissage (beta.gouv.fr, nouvel onglet)');
  });

  it("affiche comme du texte les chaînes HTML ou script venues des données", () => {
    const alerte = vi.fn();
    vi.stubGlobal('alert', alerte);
    const piege = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const d = detail({
      convention: convention({ titre: piege, delegant: { sigle: piege }, uo: piege }),
      resume: resume({ delegant: piege, nomsStartups: [piege], texteNiveau: piege }),
      constats: [{ regle: 'x', gravite: 'erreur', message: piege, position: { champ: piege } }],
      statut: statut({ alertes: [{ code: 'a', niveau: 'alerte', message: piege }] }),
    });
    const vue = monter(<Detail detail={d} />);
    expect(vue.querySelector('img, script')).toBeNull();
    expect(texte(vue.querySelector('h1'))).toBe(`${piege} → DINUM`);
    expect(texte(vue.querySelector('.detail__titre-convention'))).toBe(piege);
    // A field path from the data is never shown as such: « un champ ».
    expect(texte(vue.querySelector('.constats li'))).toContain(`Erreur ${piege} (un champ)`);
    expect(alerte).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it("donne le taux d'exécution quand il est connu", () => {
    const d = detail({
      execution: { conventionId: 'x', dateArrete: '2025-10-31', lignes: [{ annee: 2024, aeEngagees: 180000000, cpPayes: 150000000 }] },
      statut: statut({
        execution: { aeEngagees: 180000000, cpPayes: 150000000, tauxEngagement: 72, tauxPaiement: 60, aeRestantes: 0, cpRestants: 0 },
      }),
    });
    const vue = monter(<Detail detail={d} />);
    expect(texte(vue.querySelector('.detail__execution'))).toBe(
      'AE engagées : 72 % (1 800 000 € sur 2 500 000 €) · CP payés : 60 % (1 500 000 € sur 2 500 000 €) — chiffres arrêtés au 31 octobre 2025',
    );
  });
});
