// A heavier copy of a beta.gouv.fr startup page for the page-load bench, generated at bench time:
// the classe-a-12 fixture plus what the real page loads (shared/notes/betagouv-pages.md §3): the
// DSFR stylesheet (a generated one of the same order of size, ~150 KB of utility and component
// rules), a site script that builds the team section (as lozad and the site's scripts touch the DOM),
// a hero image and member photos (PNG, generated: noise does not compress, like photos).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { DOSSIER_FIXTURES, type Reponse } from '../test/e2e/util/navigateur';

// The same startup (so Jauge has a badge to show), the complete page behind a query.
export const CHEMIN_PAGE_LOURDE = '/startups/classe-a-12.html?page=complete';
const MEMBRES = 24;

/** A small deterministic generator, so each run serves the same bytes. */
function alea(graine: number): () => number {
  let etat = graine >>> 0;
  return () => {
    etat = (Math.imul(etat, 1664525) + 1013904223) >>> 0;
    return etat / 2 ** 32;
  };
}

function morceau(type: string, donnees: Buffer): Buffer {
  const longueur = Buffer.alloc(4);
  longueur.writeUInt32BE(donnees.length);
  const corps = Buffer.concat([Buffer.from(type, 'ascii'), donnees]);
  const somme = Buffer.alloc(4);
  somme.writeUInt32BE(crc32(corps) >>> 0);
  return Buffer.concat([longueur, corps, somme]);
}

/** An RGB PNG of `largeur`×`hauteur`: a gradient with noise (hardly compressible, like a photo). */
export function png(largeur: number, hauteur: number, graine: number): Buffer {
  const r = alea(graine);
  const brut = Buffer.alloc((largeur * 3 + 1) * hauteur);
  for (let y = 0; y < hauteur; y++) {
    const ligne = y * (largeur * 3 + 1);
    for (let x = 0; x < largeur; x++) {
      const i = ligne + 1 + x * 3;
      brut[i] = (x * 255) / largeur + r() * 60;
      brut[i + 1] = (y * 255) / hauteur + r() * 60;
      brut[i + 2] = 128 + r() * 90;
    }
  }
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(largeur, 0);
  entete.writeUInt32BE(hauteur, 4);
  entete.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), morceau('IHDR', entete), morceau('IDAT', deflateSync(brut)), morceau('IEND', Buffer.alloc(0))]);
}

/** DSFR-like rules: spacing utilities, grid columns, colour and component classes. */
function feuilleDeStyle(): string {
  const regles: string[] = [];
  const cotes = { t: 'top', r: 'right', b: 'bottom', l: 'left' } as const;
  for (const [prefixe, propriete] of [['m', 'margin'], ['p', 'padding']] as const) {
    for (let n = 0; n <= 15; n++) {
      for (const suffixe of ['v', 'w']) {
        const valeur = `${(n * (suffixe === 'v' ? 0.25 : 0.5)).toFixed(3)}rem`;
        regles.push(`.fr-${prefixe}-${n}${suffixe}{${propriete}:${valeur}!important}`);
        for (const [c, cote] of Object.entries(cotes)) regles.push(`.fr-${prefixe}${c}-${n}${suffixe}{${propriete}-${cote}:${valeur}!important}`);
        for (const point of ['sm', 'md', 'lg', 'xl']) regles.push(`@media (min-width:${{ sm: 36, md: 48, lg: 62, xl: 78 }[point]}em){.fr-${prefixe}-${point}-${n}${suffixe}{${propriete}:${valeur}!important}}`);
      }
    }
  }
  for (let n = 1; n <= 12; n++) {
    regles.push(`.fr-col-${n}{flex:0 0 ${((n * 100) / 12).toFixed(4)}%;max-width:${((n * 100) / 12).toFixed(4)}%}`);
    for (const point of ['sm', 'md', 'lg', 'xl']) regles.push(`@media (min-width:48em){.fr-col-${point}-${n}{flex:0 0 ${((n * 100) / 12).toFixed(4)}%}}`);
  }
  const couleurs = ['blue-france', 'red-marianne', 'green-tilleul-verveine', 'green-bourgeon', 'green-emeraude', 'green-menthe', 'green-archipel', 'blue-ecume', 'blue-cumulus', 'purple-glycine', 'pink-macaron', 'pink-tuile', 'yellow-tournesol', 'yellow-moutarde', 'orange-terre-battue', 'brown-cafe-creme', 'brown-caramel', 'brown-opera', 'beige-gris-galet'];
  const r = alea(7);
  const hex = () => `#${Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')}`;
  for (const c of couleurs) {
    for (const variante of ['sun-113', 'sun-425', 'main-525', 'moon-925', '975', '950', '925', 'hover', 'active']) {
      regles.push(`.fr-background-${c}--${variante}{background-color:${hex()}!important}`, `.fr-text-${c}--${variante}{color:${hex()}!important}`);
      regles.push(`[data-fr-theme=dark] .fr-background-${c}--${variante}{background-color:${hex()}!important}`);
    }
  }
  for (const composant of ['btn', 'card', 'tile', 'tag', 'badge', 'alert', 'callout', 'highlight', 'quote', 'accordion', 'tabs', 'table', 'input', 'select', 'checkbox', 'radio', 'toggle', 'link', 'breadcrumb', 'pagination', 'sidemenu', 'nav', 'header', 'footer', 'modal', 'notice', 'stepper', 'summary', 'transcription', 'tooltip']) {
    for (const etat of ['', '--sm', '--lg', '--icon-left', '--icon-right', '--secondary', '--tertiary', '--no-outline', '--grey', '--shadow']) {
      regles.push(
        `.fr-${composant}${etat}{display:flex;position:relative;box-sizing:border-box;min-height:${(r() * 3).toFixed(2)}rem;padding:${(r() * 2).toFixed(2)}rem ${(r() * 2).toFixed(2)}rem;font-size:${(0.75 + r()).toFixed(3)}rem;line-height:1.5rem;color:${hex()};background-color:${hex()};--hover:${hex()};--active:${hex()}}`,
        `.fr-${composant}${etat}:hover{background-color:var(--hover)}.fr-${composant}${etat}:active{background-color:var(--active)}`,
        `.fr-${composant}${etat}:focus-visible,.fr-${composant}${etat}:focus{outline:2px solid #0a76f6;outline-offset:2px}`,
        `.fr-${composant}${etat}>.fr-${composant}__title,.fr-${composant}${etat} .fr-${composant}__desc{margin:0 0 ${(r()).toFixed(2)}rem;font-weight:700}`,
      );
    }
  }
  return regles.join('\n');
}

/** The site's script: builds the team cards from data, as the real page's scripts touch the DOM. */
function script(): string {
  return `(() => {
  const membres = ${JSON.stringify(Array.from({ length: MEMBRES }, (_, i) => ({ nom: `Membre ${i + 1}`, role: i % 3 ? 'Développeuse' : 'Intrapreneur', photo: `/img/membres/${i + 1}.png` })))};
  const section = document.createElement('section');
  section.className = 'section-blue fr-py-6w';
  section.innerHTML = '<div class="fr-container"><h2 id="equipe">L’équipe</h2><div class="fr-grid-row fr-grid-row--gutters"></div></div>';
  const grille = section.querySelector('.fr-grid-row');
  for (const m of membres) {
    const carte = document.createElement('div');
    carte.className = 'fr-col-6 fr-col-md-3 fr-card fr-card--sm fr-enlarge-link';
    carte.innerHTML = '<div class="fr-card__body"><h3 class="fr-card__title"></h3><p class="fr-card__desc"></p></div><div class="fr-card__header"><div class="fr-card__img"><img class="fr-responsive-img" alt="" width="160" height="160"></div></div>';
    carte.querySelector('h3').textContent = m.nom;
    carte.querySelector('p').textContent = m.role;
    carte.querySelector('img').src = m.photo;
    grille.append(carte);
  }
  document.querySelector('main').append(section);
})();`;
}

/** Every response of the heavy page, by beta.gouv.fr path. */
export function routesPageLourde(): Array<[string, Reponse]> {
  const html = readFileSync(path.join(DOSSIER_FIXTURES, 'startup-classe-a-12.html'), 'utf8')
    .replace('</head>', '  <link rel="stylesheet" href="/assets/gouvfr/dsfr.min.css">\n</head>')
    .replace(/src="data:image\/gif;base64,[^"]+"/, 'src="/img/startups/classe-a-12.png" width="640" height="360"')
    .replace('</body>', '  <script src="/assets/js/site.js"></script>\n</body>');
  const routes: Array<[string, Reponse]> = [
    [CHEMIN_PAGE_LOURDE, { type: 'text/html; charset=utf-8', corps: html }],
    ['/assets/gouvfr/dsfr.min.css', { type: 'text/css; charset=utf-8', corps: feuilleDeStyle() }],
    ['/assets/js/site.js', { type: 'text/javascript; charset=utf-8', corps: script() }],
    ['/img/startups/classe-a-12.png', { type: 'image/png', corps: png(640, 360, 1) }],
  ];
  for (let i = 1; i <= MEMBRES; i++) routes.push([`/img/membres/${i}.png`, { type: 'image/png', corps: png(160, 160, i + 1) }]);
  return routes;
}
