// SVG chart of the échéancier: AE and CP bars per year, running totals as lines, and the
// executed running totals when known. Colour is never the only cue (solid vs hatched bars,
// solid vs dashed lines, round vs square marks, a legend in words), and the whole chart has a
// text alternative (<title> + <desc>) besides the table above it that holds the same figures.
import { formaterMontant, formaterMontantCourt } from '../../../shared/montant';
import type { Execution, LigneEcheancier } from '../../../shared/model';
import { echelleArrondie, maximumSeries, nombreGraduations, seriesEcheancier, type PointSerie } from './series';

interface Props {
  echeancier: LigneEcheancier[];
  execution?: Execution;
  /** Prefix for the SVG ids (patterns, title), unique in the page. */
  idBase?: string;
}

const LARGEUR = 348;
const HAUTEUR = 210;
const MARGE = { haut: 12, droite: 10, bas: 24, gauche: 54 };

export function GraphiqueEcheancier({ echeancier, execution, idBase = 'graphique' }: Props) {
  const points = seriesEcheancier(echeancier, execution);
  if (points.length === 0) return null;

  const max = echelleArrondie(maximumSeries(points));
  const graduations = nombreGraduations(max);
  const largeurTrace = LARGEUR - MARGE.gauche - MARGE.droite;
  const hauteurTrace = HAUTEUR - MARGE.haut - MARGE.bas;
  const bande = largeurTrace / points.length;
  const largeurBarre = Math.min(bande * 0.3, 26);
  const y = (v: number) => MARGE.haut + hauteurTrace * (1 - v / max);
  const cx = (i: number) => MARGE.gauche + bande * (i + 0.5);
  // What every curve is drawn against: the years' points and the chart's two scales.
  const trace = { points, x: cx, y };
  // With a single year, running totals equal the year's amounts: the lines would say nothing more.
  const avecCumuls = points.length > 1;
  const avecExecution = points.some((p) => p.cumulAeEngagees !== null || p.cumulCpPayes !== null);

  const idTitre = `${idBase}-titre`;
  const idDesc = `${idBase}-desc`;
  const idHachures = `${idBase}-hachures`;

  return (
    <figure class="graphique">
      <svg
        viewBox={`0 0 ${LARGEUR} ${HAUTEUR}`}
        width="100%"
        role="img"
        aria-labelledby={`${idTitre} ${idDesc}`}
        class="graphique__svg"
      >
        <title id={idTitre}>AE et CP par année, et leurs cumuls</title>
        <desc id={idDesc}>{descriptionGraphique(points)}</desc>
        <defs>
          <pattern id={idHachures} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" class="graphique__fond-cp" />
            <line x1="0" y1="0" x2="0" y2="5" class="graphique__hachure" />
          </pattern>
        </defs>

        {Array.from({ length: graduations + 1 }, (_, k) => {
          const valeur = Math.round((max * k) / graduations);
          const yy = y(valeur);
          return (
            <g key={k} class="graphique__graduation">
              <line x1={MARGE.gauche} x2={LARGEUR - MARGE.droite} y1={yy} y2={yy} class="graphique__grille" />
              <text x={MARGE.gauche - 6} y={yy} dy="0.32em" text-anchor="end" class="graphique__texte">
                {formaterMontantCourt(valeur)}
              </text>
            </g>
          );
        })}

        {points.map((p, i) => (
          <g key={p.annee}>
            {p.ae !== null && p.ae > 0 && (
              <rect
                x={cx(i) - largeurBarre - 1}
                y={y(p.ae)}
                width={largeurBarre}
                height={Math.max(0, y(0) - y(p.ae))}
                class="graphique__barre-ae"
              />
            )}
            {p.cp !== null && p.cp > 0 && (
              <rect
                x={cx(i) + 1}
                y={y(p.cp)}
                width={largeurBarre}
                height={Math.max(0, y(0) - y(p.cp))}
                fill={`url(#${idHachures})`}
                class="graphique__barre-cp"
              />
            )}
            <text x={cx(i)} y={HAUTEUR - 6} text-anchor="middle" class="graphique__texte">
              {p.annee}
            </text>
          </g>
        ))}

        {avecCumuls && (
          <>
            <Courbe {...trace} valeur={(p) => p.cumulAe} classe="graphique__cumul-ae" marque="rond" />
            <Courbe {...trace} valeur={(p) => p.cumulCp} classe="graphique__cumul-cp" marque="carre" />
          </>
        )}
        {avecExecution && (
          <>
            <Courbe {...trace} valeur={(p) => p.cumulAeEngagees} classe="graphique__exec-ae" marque="rond" creuse />
            <Courbe {...trace} valeur={(p) => p.cumulCpPayes} classe="graphique__exec-cp" marque="carre" creuse />
          </>
        )}
      </svg>
      <figcaption>
        <ul class="legende">
          <Legende classe="legende__barre-ae">AE de l'année (barre pleine)</Legende>
          <Legende classe="legende__barre-cp">CP de l'année (barre hachurée)</Legende>
          {avecCumuls && <Legende classe="legende__cumul-ae">AE cumulées (trait plein, ronds)</Legende>}
          {avecCumuls && <Legende classe="legende__cumul-cp">CP cumulés (tirets, carrés)</Legende>}
          {avecExecution && <Legende classe="legende__exec-ae">AE engagées cumulées (pointillés, ronds vides)</Legende>}
          {avecExecution && <Legende classe="legende__exec-cp">CP payés cumulés (pointillés, carrés vides)</Legende>}
        </ul>
      </figcaption>
    </figure>
  );
}

interface PropsCourbe {
  points: PointSerie[];
  x: (i: number) => number;
  y: (v: number) => number;
  valeur: (p: PointSerie) => number | null;
  classe: string;
  marque: 'rond' | 'carre';
  creuse?: boolean;
}

/** A running-total line with a mark on each year (marks differ by shape, not only colour). */
function Courbe({ points, x, y, valeur, classe, marque, creuse }: PropsCourbe) {
  const sommets = points
    .map((p, i) => ({ i, v: valeur(p) }))
    .filter((s): s is { i: number; v: number } => s.v !== null);
  if (sommets.length === 0) return null;
  const classeMarque = `${classe} graphique__marque${creuse ? ' graphique__marque--creuse' : ''}`;
  return (
    <g>
      {sommets.length > 1 && (
        <polyline
          points={sommets.map((s) => `${x(s.i).toFixed(1)},${y(s.v).toFixed(1)}`).join(' ')}
          class={`${classe} graphique__ligne`}
        />
      )}
      {sommets.map((s) =>
        marque === 'rond' ? (
          <circle key={s.i} cx={x(s.i)} cy={y(s.v)} r="3.5" class={classeMarque} />
        ) : (
          <rect key={s.i} x={x(s.i) - 3.5} y={y(s.v) - 3.5} width="7" height="7" class={classeMarque} />
        ),
      )}
    </g>
  );
}

function Legende({ classe, children }: { classe: string; children: string }) {
  return (
    <li>
      <span class={`legende__symbole ${classe}`} aria-hidden="true" />
      {children}
    </li>
  );
}

/** The chart in words, for screen readers: each year's amounts, then the final running totals. */
export function descriptionGraphique(points: PointSerie[]): string {
  const montant = (v: number | null) => (v === null ? 'aucun montant' : formaterMontant(v));
  const annees = points.map((p) => `${p.annee} : AE ${montant(p.ae)}, CP ${montant(p.cp)}`).join(' ; ');
  const dernier = points[points.length - 1];
  if (!dernier) return '';
  let texte = `${annees}. Cumul fin ${dernier.annee} : AE ${formaterMontant(dernier.cumulAe)}, CP ${formaterMontant(dernier.cumulCp)}.`;
  const execAe = [...points].reverse().find((p) => p.cumulAeEngagees !== null);
  const execCp = [...points].reverse().find((p) => p.cumulCpPayes !== null);
  if (execAe?.cumulAeEngagees != null) {
    texte += ` AE engagées cumulées fin ${execAe.annee} : ${formaterMontant(execAe.cumulAeEngagees)}.`;
  }
  if (execCp?.cumulCpPayes != null) {
    texte += ` CP payés cumulés fin ${execCp.annee} : ${formaterMontant(execCp.cumulCpPayes)}.`;
  }
  return texte;
}
