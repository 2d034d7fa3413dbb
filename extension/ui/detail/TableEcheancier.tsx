// The échéancier as an accessible table (DSFR fr-table pattern, RGAA 5.x): a caption, column
// headers with scope="col", the year as a row header with scope="row", totals in a <tfoot>.
import { formaterMontant } from '../../../shared/montant';
import type { Execution, LigneEcheancier, Statut } from '../../../shared/model';
import { seriesEcheancier } from './series';

interface Props {
  echeancier: LigneEcheancier[];
  execution?: Execution;
  /** Totals as computed by shared/statut (never re-summed here). */
  statut: Pick<Statut, 'totaux' | 'execution'>;
}

export function TableEcheancier({ echeancier, execution, statut }: Props) {
  if (echeancier.length === 0 && !execution?.lignes.length) {
    return <p class="mention">Cette convention n'a pas d'échéancier en AE et CP.</p>;
  }
  const avecExecution = Boolean(execution?.lignes.length);
  const annees = seriesEcheancier(echeancier, execution).map((p) => p.annee);
  return (
    <div class="tableau-defilant">
      <table class="tableau">
        <caption>
          AE et CP prévus par année{avecExecution ? ', et leur exécution' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">
              <abbr title="Autorisations d'engagement">AE</abbr>
            </th>
            <th scope="col">
              <abbr title="Crédits de paiement">CP</abbr>
            </th>
            {avecExecution && <th scope="col">AE engagées</th>}
            {avecExecution && <th scope="col">CP payés</th>}
          </tr>
        </thead>
        <tbody>
          {annees.map((annee) => {
            const prevues = echeancier.filter((l) => l.annee === annee);
            const faites = execution?.lignes.filter((l) => l.annee === annee) ?? [];
            return (
              <tr key={annee}>
                <th scope="row">{annee}</th>
                <td>
                  <Montant valeurs={prevues.map((l) => l.ae)} />
                </td>
                <td>
                  <Montant valeurs={prevues.map((l) => l.cp)} />
                </td>
                {avecExecution && (
                  <td>
                    <Montant valeurs={faites.map((l) => l.aeEngagees)} />
                  </td>
                )}
                {avecExecution && (
                  <td>
                    <Montant valeurs={faites.map((l) => l.cpPayes)} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{formaterMontant(statut.totaux.ae)}</td>
            <td>{formaterMontant(statut.totaux.cp)}</td>
            {avecExecution && <td>{statut.execution ? formaterMontant(statut.execution.aeEngagees) : <Vide />}</td>}
            {avecExecution && <td>{statut.execution ? formaterMontant(statut.execution.cpPayes) : <Vide />}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** One cell: the amount of the year, or a dash read out as "aucun montant". */
function Montant({ valeurs }: { valeurs: (number | null)[] }) {
  const connues = valeurs.filter((v): v is number => v !== null);
  if (connues.length === 0) return <Vide />;
  // Two lines for the same year only happen in hand-made registries; show each amount.
  return <>{connues.map((v) => formaterMontant(v)).join(' + ')}</>;
}

function Vide() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="sr-only">aucun montant</span>
    </>
  );
}
