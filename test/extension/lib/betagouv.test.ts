// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  cartesStartups,
  estListeStartups,
  idIncubateur,
  listeEvenements,
  slugStartup,
  titreIncubateur,
  titreStartup,
} from '../../../extension/lib/betagouv';

const b = (chemin: string) => `https://beta.gouv.fr${chemin}`;

describe('prédicats de pages beta.gouv.fr (URLs de test)', () => {
  it.each([
    ['/startups/classe-a-12.html', 'classe-a-12'],
    ['/startups/classe-a-12', 'classe-a-12'],
    ['/startups/classe-a-12/', 'classe-a-12'],
    ['/startups/rdv.insertion.html', 'rdv.insertion'],
    ['/startups/generateur.de.contrat.d.apprentissage.html', 'generateur.de.contrat.d.apprentissage'],
    ['/startups/uai-siret.html', 'uai-siret'],
    ['/startups/auxAJ.html', 'auxAJ'],
    ['/startups/e-insp%C3%A9.html', 'e-inspé'],
    ['/startups/classe-a-12.html?x=1#equipe', 'classe-a-12'],
  ])('page startup %s → %s', (chemin, slug) => {
    expect(slugStartup(b(chemin))).toBe(slug);
  });

  it.each(['/startups/', '/startups', '/startups/index.html', '/incubateurs/dinum.html', '/startups/a/b.html', '/startups/%E0%A4%A.html'])(
    "%s n'est pas une page startup",
    (chemin) => expect(slugStartup(b(chemin))).toBeNull(),
  );

  it('une autre origine ne compte pas', () => {
    expect(slugStartup('https://example.org/startups/x.html')).toBeNull();
    expect(slugStartup('http://beta.gouv.fr/startups/x.html')).toBeNull();
    expect(estListeStartups('https://example.org/startups/')).toBe(false);
    expect(slugStartup('pas une url')).toBeNull();
  });

  it.each(['/startups/', '/startups', '/startups/index.html', '/startups/?incubateur=dinum#acceleration'])('liste des startups : %s', (chemin) => {
    expect(estListeStartups(b(chemin))).toBe(true);
  });

  it('une page startup n’est pas la liste', () => {
    expect(estListeStartups(b('/startups/classe-a-12.html'))).toBe(false);
  });

  it.each([
    ['/incubateurs/mission-apprentissage.html', 'mission-apprentissage'],
    ['/incubateurs/dinum', 'dinum'],
    ['/incubateurs/', null],
    ['/incubateurs', null],
    ['/startups/dinum.html', null],
  ])('incubateur %s → %s', (chemin, id) => {
    expect(idIncubateur(b(chemin))).toBe(id);
  });
});

describe('sélecteurs', () => {
  it('titre de startup, liste des badges événements', () => {
    document.body.innerHTML = `<main id="contenu"><div class="hero__startup-text"><h1>Classe à 12</h1>
      <ul class="fr-pl-0"><li><span class="fr-badge">Lauréat FAST</span></li></ul></div>
      <div class="fr-col-md-8"><h1 class="fr-my-3w">Corps</h1></div></main>`;
    const h1 = titreStartup(document);
    expect(h1?.textContent).toBe('Classe à 12');
    expect(listeEvenements(h1!)?.textContent).toContain('Lauréat FAST');
  });

  it('balisage changé : pas de titre', () => {
    document.body.innerHTML = `<main id="contenu"><div class="hero-startup-texte"><h2>Classe à 12</h2></div></main>`;
    expect(titreStartup(document)).toBeNull();
    document.body.innerHTML = `<div class="hero__startup-text"><h1>Hors main</h1></div>`;
    expect(titreStartup(document)).toBeNull();
    expect(titreIncubateur(document)).toBeNull();
  });

  it('pas de liste événements si l’élément suivant n’en est pas une', () => {
    document.body.innerHTML = `<main id="contenu"><div class="hero__startup-text"><h1>X</h1><p>mission</p></div></main>`;
    expect(listeEvenements(titreStartup(document)!)).toBeNull();
  });

  it('cartes JS et cartes serveur, slugs avec points et tirets bas', () => {
    document.body.innerHTML = `<main id="contenu">
      <div class="fr-col-12 fr-col-md-4" id="uai_siret"><div class="fr-card fr-enlarge-link"><div class="fr-card__body">
        <h3 class="fr-card__title"><a class="fr-card__link" href="/startups/uai_siret.html">UAI SIRET</a></h3></div></div></div>
      <div class="fr-col-12 fr-col-md-4 fr-mb-2w"><div class="fr-card"><div class="fr-card__body">
        <h4 class="fr-card__title"><a class="fr-card__link" href="/startups/rdv.insertion.html">RDV-Insertion</a></h4></div></div></div>
      <div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a class="fr-card__link" href="/incubateurs/dinum">DINUM</a></h3></div></div>
      <div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a class="fr-card__link" href="/startups/">Liste</a></h3></div></div>
    </main>`;
    const cartes = cartesStartups(document);
    expect(cartes.map((c) => c.slug)).toEqual(['uai_siret', 'rdv.insertion']);
    expect(cartes[0]!.corps.classList.contains('fr-card__body')).toBe(true);
    expect(cartes[1]!.titre.tagName).toBe('H4');
  });
});
