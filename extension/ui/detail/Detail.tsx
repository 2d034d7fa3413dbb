// The detail view of one convention (popup route `#/convention/<id>`): heading with its status
// in words, alerts, échéancier table and chart, findings, key dates, references, links.
import type { Ref } from 'preact';
import { decrireAvenant } from '../../../shared/avenant';
import { formaterDate } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';
import type { DetailConvention } from '../../lib/messages';
import { phraseStatut, pluriel } from '../libelles';
import { PastilleNiveau } from '../PastilleNiveau';
import { DatesCles } from './DatesCles';
import { Modifications } from './Modifications';
import { GraphiqueEcheancier } from './GraphiqueEcheancier';
import { Liens } from './Liens';
import { ListeAlertes } from './ListeAlertes';
import { ListeConstats } from './ListeConstats';
import { PlanBudgetaire } from './PlanBudgetaire';
import { References } from './References';
import { TableEcheancier } from './TableEcheancier';

interface Props {
  detail: DetailConvention;
  /** The heading receives focus when the view opens, so screen readers announce it. */
  refTitre?: Ref<HTMLHeadingElement>;
  /** Opens the edit form (« Modifier »). */
  onModifier?: () => void;
}

const POURCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export function Detail({ detail, refTitre, onModifier }: Props) {
  const { convention: c, statut, resume, execution, constats } = detail;
  const ligneBudget = [c.uo && `UO ${c.uo}`, c.programme && `programme ${c.programme}`].filter(Boolean).join(' · ');
  const startups = resume.nomsStartups.length ? resume.nomsStartups : resume.startups;
  return (
    <article class="detail" aria-labelledby="detail-titre">
      <header class="detail__entete">
        <h1 id="detail-titre" tabIndex={-1} ref={refTitre}>
          {resume.delegant} → {resume.delegataire}
        </h1>
        {c.titre && <p class="detail__titre-convention">{c.titre}</p>}
        {c.avenant && <p class="detail__avenant">{decrireAvenant(c.avenant)}</p>}
        {startups.length > 0 && <p class="detail__startups">{startups.join(', ')}</p>}
        <p class="detail__statut">
          <PastilleNiveau niveau={statut.niveau} texte={resume.texteNiveau} phase={statut.phase} />{' '}
          <span>{phraseStatut(statut.phase, statut.joursRestants)}</span>
        </p>
        {(c.dateSignature || c.dateFin) && (
          <p>
            {c.dateSignature ? formaterDate(c.dateSignature) : 'date de signature inconnue'} →{' '}
            {c.dateFin ? formaterDate(c.dateFin) : 'date de fin inconnue'}
          </p>
        )}
        {ligneBudget && <p class="mention">{ligneBudget}</p>}
        {onModifier && (
          <p>
            <button type="button" class="bouton bouton--secondaire bouton--petit" onClick={onModifier}>
              Modifier<span class="sr-only"> cette convention</span>
            </button>
          </p>
        )}
      </header>

      <Modifications convention={c} source={detail.source} />

      <ListeAlertes alertes={statut.alertes} />

      <section aria-labelledby="detail-echeancier">
        <h2 id="detail-echeancier">Échéancier</h2>
        <TableEcheancier echeancier={c.echeancier} execution={execution} statut={statut} />
        {statut.execution && (
          <p class="detail__execution">
            AE engagées : {taux(statut.execution.tauxEngagement)} ({formaterMontant(statut.execution.aeEngagees)} sur{' '}
            {formaterMontant(statut.totaux.ae)}) · CP payés : {taux(statut.execution.tauxPaiement)} (
            {formaterMontant(statut.execution.cpPayes)} sur {formaterMontant(statut.totaux.cp)})
            {execution?.dateArrete && <span class="mention"> — chiffres arrêtés au {formaterDate(execution.dateArrete)}</span>}
          </p>
        )}
        <GraphiqueEcheancier echeancier={c.echeancier} execution={execution} idBase="detail-graphique" />
      </section>

      <PlanBudgetaire convention={c} aujourdhui={detail.aujourdhui} />

      <section aria-labelledby="detail-constats">
        <h2 id="detail-constats">Constats ({constats.length})</h2>
        <ListeConstats constats={constats} echeancier={c.echeancier} />
      </section>

      <section aria-labelledby="detail-dates">
        <h2 id="detail-dates">Dates clés</h2>
        <DatesCles datesCles={statut.datesCles} prochainComite={statut.prochainComite} aujourdhui={detail.aujourdhui} />
      </section>

      <section aria-labelledby="detail-references">
        <h2 id="detail-references">Références</h2>
        <References convention={c} />
      </section>

      <section aria-labelledby="detail-liens">
        <h2 id="detail-liens">Sur beta.gouv.fr</h2>
        <Liens
          startups={detail.startups}
          slugs={c.startups ?? []}
          incubateur={detail.incubateur}
          idIncubateur={c.incubateur}
        />
      </section>
      <p class="mention">{pluriel(constats.length, 'constat')} · situation au {formaterDate(detail.aujourdhui)}</p>
    </article>
  );
}

function taux(valeur: number | null): string {
  return valeur === null ? 'non calculable' : POURCENT.format(valeur / 100);
}
