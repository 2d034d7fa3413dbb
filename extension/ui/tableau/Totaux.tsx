// What the conventions shown amount to: AE and CP per calendar year (a table and an SVG chart, the
// current year marked in words and by a frame, not by colour alone) and per partner and year (what
// each ministry is due to delegate); apart, the FAST amounts (the DINUM's fund, not a ministry's
// credits). Totals come from shared/portefeuille/totaux.
import { formaterMontant, formaterMontantCourt } from '../../../shared/montant';
import type { TotalAnnee, TotalFast, TotalPartenaire } from '../../../shared/portefeuille/totaux';

interface Props {
  parAnnee: TotalAnnee[];
  parPartenaire: TotalPartenaire[];
  fast: TotalFast[];
  anneeCourante: number;
}

const libelleAnnee = (a: number | null) => (a === null ? 'sans année' : String(a));

export function Totaux({ parAnnee, parPartenaire, fast, anneeCourante }: Props) {
  if (parAnnee.length === 0 && fast.length === 0) return <p class="mention">Aucun montant pour les conventions affichées.</p>;
  if (parAnnee.length === 0) return <TableFast fast={fast} />;
  const total = parAnnee.reduce((s, t) => ({ ae: s.ae + t.ae, cp: s.cp + t.cp }), { ae: 0, cp: 0 });
  return (
    <>
      <div class="totaux">
        <div class="tableau-defilant">
          <table class="tableau" id="totaux-annee">
            <caption>AE et CP délégués par année civile</caption>
            <thead>
              <tr>
                <th scope="col">Année</th>
                <th scope="col" class="nombre">
                  <abbr title="Autorisations d'engagement">AE</abbr>
                </th>
                <th scope="col" class="nombre">
                  <abbr title="Crédits de paiement">CP</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {parAnnee.map((t) => (
                <tr key={libelleAnnee(t.annee)} class={t.annee === anneeCourante ? 'annee-courante' : undefined}>
                  <th scope="row">
                    {libelleAnnee(t.annee)}
                    {t.annee === anneeCourante && <span class="mention"> (année en cours)</span>}
                  </th>
                  <td class="nombre">{formaterMontant(t.ae)}</td>
                  <td class="nombre">{formaterMontant(t.cp)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td class="nombre">{formaterMontant(total.ae)}</td>
                <td class="nombre">{formaterMontant(total.cp)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <Graphique parAnnee={parAnnee.filter((t) => t.annee !== null)} anneeCourante={anneeCourante} />
      </div>
      <TableParPartenaire parPartenaire={parPartenaire} annees={parAnnee.map((t) => t.annee)} />
      {fast.length > 0 && <TableFast fast={fast} />}
    </>
  );
}

/** FAST amounts apart: the DINUM's acceleration fund, which no ministry delegates. */
function TableFast({ fast }: { fast: TotalFast[] }) {
  const total = fast.reduce((s, t) => s + t.montant, 0);
  return (
    <div class="tableau-defilant">
      <table class="tableau tableau--fast">
        <caption>Montants FAST, à part : le fonds d'accélération de la DINUM, pas des crédits délégués</caption>
        <thead>
          <tr>
            <th scope="col">Partenaire</th>
            <th scope="col">Année</th>
            <th scope="col" class="nombre">
              Montant FAST
            </th>
          </tr>
        </thead>
        <tbody>
          {fast.map((t) => (
            <tr key={`${t.partenaire}|${t.annee}`}>
              <th scope="row">
                {t.partenaire} <span class="mention">({t.nombre})</span>
              </th>
              <td>{libelleAnnee(t.annee)}</td>
              <td class="nombre">{formaterMontant(t.montant)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td class="nombre">{formaterMontant(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function TableParPartenaire({ parPartenaire, annees }: { parPartenaire: TotalPartenaire[]; annees: (number | null)[] }) {
  return (
    <div class="tableau-defilant" tabIndex={0} role="region" aria-labelledby="titre-partenaires">
      <table class="tableau tableau--partenaires">
        <caption id="titre-partenaires">AE et CP délégués par partenaire et par année (hors FAST)</caption>
        <thead>
          <tr>
            <th scope="col">Partenaire</th>
            {annees.map((a) => (
              <th scope="col" class="nombre" key={libelleAnnee(a)}>
                {libelleAnnee(a)}
              </th>
            ))}
            <th scope="col" class="nombre">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {parPartenaire.map((p) => {
            const parAnnee = new Map(p.parAnnee.map((t) => [t.annee, t]));
            return (
              <tr key={p.partenaire}>
                <th scope="row">
                  {p.partenaire} <span class="mention">({p.nombre})</span>
                </th>
                {annees.map((a) => {
                  const t = parAnnee.get(a);
                  return (
                    <td class="nombre" key={libelleAnnee(a)}>
                      {t ? <Montants ae={t.ae} cp={t.cp} /> : '—'}
                    </td>
                  );
                })}
                <td class="nombre">
                  <Montants ae={p.ae} cp={p.cp} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Montants({ ae, cp }: { ae: number; cp: number }) {
  return (
    <>
      <span class="montant-ae">AE {formaterMontant(ae)}</span>
      <br />
      <span class="montant-cp">CP {formaterMontant(cp)}</span>
    </>
  );
}

const LARGEUR = 640;
const HAUTEUR = 220;
const MARGE_BAS = 36;
const MARGE_GAUCHE = 64;

/** Grouped bars AE / CP per year; the current year framed and labelled « en cours ». */
function Graphique({ parAnnee, anneeCourante }: { parAnnee: TotalAnnee[]; anneeCourante: number }) {
  if (parAnnee.length === 0) return null;
  const max = Math.max(1, ...parAnnee.flatMap((t) => [t.ae, t.cp]));
  const pas = (LARGEUR - MARGE_GAUCHE) / parAnnee.length;
  const barre = Math.min(28, pas / 3);
  const y = (v: number) => HAUTEUR - MARGE_BAS - (v / max) * (HAUTEUR - MARGE_BAS - 12);
  const courante = parAnnee.find((t) => t.annee === anneeCourante);
  const description =
    `AE et CP délégués par les conventions affichées, de ${parAnnee[0]!.annee} à ${parAnnee[parAnnee.length - 1]!.annee}` +
    (courante ? ` ; en ${anneeCourante}, année en cours : AE ${formaterMontant(courante.ae)}, CP ${formaterMontant(courante.cp)}` : '');
  return (
    <figure class="graphique graphique--totaux">
      <svg class="graphique__svg" viewBox={`0 0 ${LARGEUR} ${HAUTEUR}`} role="img" aria-label={description}>
        {/* CP hatched, as in the detail's chart: the series differ by more than their colour. */}
        <defs>
          <pattern id="totaux-hachures" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" class="graphique__fond-cp" />
            <line x1="0" y1="0" x2="0" y2="5" class="graphique__hachure" />
          </pattern>
        </defs>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line class="graphique__grille" x1={MARGE_GAUCHE} x2={LARGEUR} y1={y(max * f)} y2={y(max * f)} />
            <text class="graphique__texte" x={MARGE_GAUCHE - 6} y={y(max * f) + 4} text-anchor="end">
              {formaterMontantCourt(Math.round(max * f))}
            </text>
          </g>
        ))}
        {parAnnee.map((t, i) => {
          const x = MARGE_GAUCHE + i * pas + pas / 2;
          const enCours = t.annee === anneeCourante;
          return (
            <g key={t.annee}>
              {enCours && <rect class="graphique__courante" x={x - pas / 2 + 2} y={2} width={pas - 4} height={HAUTEUR - 4} />}
              <rect class="graphique__barre-ae" x={x - barre - 1} y={y(t.ae)} width={barre} height={HAUTEUR - MARGE_BAS - y(t.ae)} />
              <rect class="graphique__barre-cp" fill="url(#totaux-hachures)" x={x + 1} y={y(t.cp)} width={barre} height={HAUTEUR - MARGE_BAS - y(t.cp)} />
              <text class="graphique__texte" x={x} y={HAUTEUR - MARGE_BAS + 14} text-anchor="middle" font-weight={enCours ? 700 : 400}>
                {t.annee}
              </text>
              {enCours && (
                <text class="graphique__texte" x={x} y={HAUTEUR - MARGE_BAS + 28} text-anchor="middle" font-weight={700}>
                  en cours
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="legende">
        <span>
          <span class="legende__symbole legende__barre-ae" aria-hidden="true" /> AE (barre de gauche)
        </span>
        <span>
          <span class="legende__symbole legende__barre-cp" aria-hidden="true" /> CP (barre de droite)
        </span>
        <span>
          <span class="legende__symbole legende__courante" aria-hidden="true" /> année en cours (encadrée)
        </span>
      </figcaption>
    </figure>
  );
}
