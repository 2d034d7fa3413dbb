// The plan's three cumulative curves (AE engaged, consumption, CP paid) month by month, drawn against
// the convention's échéancier (credits available through each year, as steps) with today marked.
// Pure geometry, then a drawing through the `h` (hyperscript) the front gives — Preact's in the
// sidebar and in the extension — so that shared/ stays free of DOM and both fronts draw the same chart.
// Every text is a text child (never HTML); colour is never the only cue (line styles, legend in words).
import type { LigneEcheancier } from '../model';
import { formaterMontant, formaterMontantCourt } from '../montant';
import type { AnneePlan, PointCourbe } from '../modele/plan';
import { anneeDe, formaterMois, moisDeDate, numeroDe, type Mois } from '../mois';

export type CleCourbe = 'ae' | 'consommation' | 'cp' | 'aeEcheancier' | 'cpEcheancier';

export interface SerieTracee {
  cle: CleCourbe;
  libelle: string;
  /** SVG path `M x y L x y …`. */
  chemin: string;
  couleur: string;
  /** `stroke-dasharray`, '' for a solid line. */
  tirets: string;
  epaisseur: number;
  /** Last value (cents), for the text alternative. */
  derniere: number;
}

export interface GeometrieCourbes {
  largeur: number;
  hauteur: number;
  series: SerieTracee[];
  graduationsY: Array<{ y: number; libelle: string }>;
  graduationsX: Array<{ x: number; libelle: string }>;
  cadre: { gauche: number; droite: number; haut: number; bas: number };
  /** Today's vertical line, when today falls within the plan's months. */
  aujourdhui: { x: number; libelle: string } | null;
  description: string;
}

const STYLES: Record<CleCourbe, { libelle: string; couleur: string; tirets: string; epaisseur: number }> = {
  ae: { libelle: 'AE engagées cumulées (trait plein)', couleur: '#000091', tirets: '', epaisseur: 2 },
  consommation: { libelle: 'Consommation cumulée (pointillés)', couleur: '#b34000', tirets: '2 3', epaisseur: 2 },
  cp: { libelle: 'CP payés cumulés (tirets)', couleur: '#18753c', tirets: '7 4', epaisseur: 2 },
  aeEcheancier: { libelle: 'AE de l\u2019échéancier, cumulées (trait fin)', couleur: '#6a6af4', tirets: '', epaisseur: 1 },
  cpEcheancier: { libelle: 'CP de l\u2019échéancier, cumulés (tirets fins)', couleur: '#27a658', tirets: '4 3', epaisseur: 1 },
};

/** Four steps of 1, 2, 2.5 or 5 × 10^n reaching `v` (cents), so that each gridline reads a round amount. */
function echelle(v: number): number {
  if (v <= 0) return 400_000;
  const pas = v / 4;
  const puissance = 10 ** Math.floor(Math.log10(pas));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * puissance >= pas) return 4 * f * puissance;
  return 40 * puissance;
}

/** Credits available through each month's year: the échéancier's AE (or CP) of every year up to it. */
function cumulEcheancier(mois: readonly Mois[], echeancier: readonly LigneEcheancier[], champ: 'ae' | 'cp'): number[] {
  return mois.map((m) => echeancier.filter((l) => l.annee <= anneeDe(m)).reduce((s, l) => s + (l[champ] ?? 0), 0));
}

export function geometrieCourbes(
  courbes: readonly PointCourbe[],
  options: { aujourdhui?: string; echeancier?: readonly LigneEcheancier[]; largeur?: number; hauteur?: number } = {},
): GeometrieCourbes | null {
  if (courbes.length === 0) return null;
  const largeur = options.largeur ?? 348;
  const hauteur = options.hauteur ?? 210;
  const cadre = { gauche: 54, droite: largeur - 10, haut: 12, bas: hauteur - 24 };
  const mois = courbes.map((p) => p.mois);
  const valeurs: Array<[CleCourbe, number[]]> = [
    ['ae', courbes.map((p) => p.ae)],
    ['consommation', courbes.map((p) => p.consommation)],
    ['cp', courbes.map((p) => p.cp)],
  ];
  const echeancier = options.echeancier ?? [];
  if (echeancier.length > 0) {
    valeurs.push(['aeEcheancier', cumulEcheancier(mois, echeancier, 'ae')], ['cpEcheancier', cumulEcheancier(mois, echeancier, 'cp')]);
  }
  const max = echelle(Math.max(...valeurs.flatMap(([, v]) => v)));
  const n = mois.length;
  // Each point is the end of its month: month i spans [i, i+1] on the axis.
  const x = (i: number) => cadre.gauche + ((cadre.droite - cadre.gauche) * i) / n;
  const y = (v: number) => cadre.bas - ((cadre.bas - cadre.haut) * v) / max;
  const arrondi = (v: number) => Math.round(v * 10) / 10;

  const series: SerieTracee[] = valeurs.map(([cle, v]) => {
    const style = STYLES[cle];
    // Cumulative amounts step at the end of each month: horizontal through the month, vertical at its end.
    const segments = [`M ${arrondi(x(0))} ${arrondi(y(0))}`];
    v.forEach((valeur, i) => {
      segments.push(`V ${arrondi(y(valeur))}`, `H ${arrondi(x(i + 1))}`);
    });
    return { cle, ...style, chemin: segments.join(' '), derniere: v[v.length - 1] ?? 0 };
  });

  const graduationsY = [0, 1, 2, 3, 4].map((k) => ({ y: arrondi(y((max * k) / 4)), libelle: formaterMontantCourt(Math.round((max * k) / 4)) }));
  const graduationsX = mois.flatMap((m, i) => (numeroDe(m) === 1 || i === 0 ? [{ x: arrondi(x(i)), libelle: String(anneeDe(m)) }] : []));

  let aujourdhui: GeometrieCourbes['aujourdhui'] = null;
  if (options.aujourdhui) {
    const i = mois.indexOf(moisDeDate(options.aujourdhui));
    if (i >= 0) {
      const jour = Number(options.aujourdhui.slice(8, 10));
      aujourdhui = { x: arrondi(x(i + Math.min(jour, 30) / 31)), libelle: 'aujourd\u2019hui' };
    }
  }

  const fin = formaterMois(mois[n - 1]!);
  const description =
    `De ${formaterMois(mois[0]!)} à ${fin} : ` +
    series.map((s) => `${s.libelle.replace(/ \(.*\)$/, '')} ${formaterMontant(s.derniere)}`).join(', ') +
    ` fin ${fin}.` +
    (aujourdhui ? ` Un trait vertical marque aujourd\u2019hui (${formaterMois(moisDeDate(options.aujourdhui!))}).` : '');
  return { largeur, hauteur, series, graduationsY, graduationsX, cadre, aujourdhui, description };
}

/** The hyperscript signature shared by Preact's `h` and the like. */
export type Hyperscript<N> = (type: string, props: Record<string, unknown> | null, ...enfants: Array<N | string | null>) => N;

/**
 * The chart as a tree built with the front's `h`: a figure holding the SVG (title, description,
 * axes, curves, today's line, each series carrying `data-serie`) and a legend in words.
 */
export function dessinerCourbes<N>(h: Hyperscript<N>, g: GeometrieCourbes, idBase = 'courbes-plan'): N {
  const { cadre } = g;
  const svg = h(
    'svg',
    {
      viewBox: `0 0 ${g.largeur} ${g.hauteur}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': `${idBase}-titre ${idBase}-desc`,
      class: 'courbes-plan__svg',
      'data-courbes-plan': '',
    },
    h('title', { id: `${idBase}-titre` }, 'AE, consommation et CP cumulés, mois par mois'),
    h('desc', { id: `${idBase}-desc` }, g.description),
    ...g.graduationsY.map((t) =>
      h(
        'g',
        null,
        h('line', { x1: cadre.gauche, x2: cadre.droite, y1: t.y, y2: t.y, stroke: '#dddddd', 'stroke-width': 1 }),
        h('text', { x: cadre.gauche - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end', 'font-size': 10, fill: '#3a3a3a' }, t.libelle),
      ),
    ),
    ...g.graduationsX.map((t) =>
      h(
        'g',
        null,
        h('line', { x1: t.x, x2: t.x, y1: cadre.haut, y2: cadre.bas, stroke: '#eeeeee', 'stroke-width': 1 }),
        h('text', { x: t.x + 2, y: g.hauteur - 8, 'font-size': 10, fill: '#3a3a3a' }, t.libelle),
      ),
    ),
    ...g.series.map((s) =>
      h('path', {
        d: s.chemin,
        fill: 'none',
        stroke: s.couleur,
        'stroke-width': s.epaisseur,
        'stroke-dasharray': s.tirets || null,
        'data-serie': s.cle,
      }),
    ),
    g.aujourdhui
      ? h(
          'g',
          { 'data-aujourdhui': '' },
          h('line', { x1: g.aujourdhui.x, x2: g.aujourdhui.x, y1: cadre.haut, y2: cadre.bas, stroke: '#ce0500', 'stroke-width': 1.5 }),
          h('text', { x: g.aujourdhui.x + 3, y: cadre.haut + 8, 'font-size': 10, fill: '#ce0500' }, g.aujourdhui.libelle),
        )
      : null,
  );
  const legende = h(
    'ul',
    { class: 'courbes-plan__legende' },
    ...g.series.map((s) =>
      h(
        'li',
        null,
        h(
          'svg',
          { width: 22, height: 8, 'aria-hidden': 'true' },
          h('line', { x1: 0, x2: 22, y1: 4, y2: 4, stroke: s.couleur, 'stroke-width': s.epaisseur + 0.5, 'stroke-dasharray': s.tirets || null }),
        ),
        ` ${s.libelle}`,
      ),
    ),
    g.aujourdhui ? h('li', null, 'Trait vertical rouge : aujourd\u2019hui') : null,
  );
  return h('figure', { class: 'courbes-plan' }, svg, h('figcaption', null, legende));
}

/**
 * The plan's yearly table (AE engaged, consumption, CP paid per calendar year, then the total) as a tree
 * built with the front's `h`: a table with its caption, column and row headers, amounts as text.
 */
export function dessinerTableauAnnuel<N>(h: Hyperscript<N>, annees: readonly AnneePlan[], classe: string): N {
  const total = annees.reduce((t, a) => ({ ae: t.ae + a.ae, consommation: t.consommation + a.consommation, cp: t.cp + a.cp }), { ae: 0, consommation: 0, cp: 0 });
  const ligne = (entete: string, valeurs: { ae: number; consommation: number; cp: number }) =>
    h(
      'tr',
      null,
      h('th', { scope: 'row' }, entete),
      h('td', null, formaterMontant(valeurs.ae)),
      h('td', null, formaterMontant(valeurs.consommation)),
      h('td', null, formaterMontant(valeurs.cp)),
    );
  return h(
    'table',
    { class: classe },
    h('caption', null, 'AE, consommation et CP du plan par année civile'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Année'),
        h('th', { scope: 'col' }, h('abbr', { title: 'Autorisations d\u2019engagement' }, 'AE')),
        h('th', { scope: 'col' }, 'Consommation'),
        h('th', { scope: 'col' }, h('abbr', { title: 'Crédits de paiement' }, 'CP')),
      ),
    ),
    h('tbody', null, ...annees.map((a) => ligne(String(a.annee), a))),
    h('tfoot', null, ligne('Total', total)),
  );
}
