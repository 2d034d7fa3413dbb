// The verdict in words (never by colour alone) and the count of each gravité.
import { compter } from '../../../../shared/texte';
import { ComptesParGravite, ICONES } from '../../commun/panneau/Comptes';
import type { Gravite, Rapport } from '../contrat';


export function Verdict({ rapport, titre }: { rapport: Rapport; titre: string }) {
  const { comptes } = rapport;
  // No table at all is not a success: it reads as information.
  const rien = rapport.tableaux.length === 0 && !rapport.plan;
  const registre = rapport.registre;
  const niveau: Gravite | 'ok' =
    rien ? 'information' : comptes.erreur > 0 ? 'erreur' : comptes.avertissement > 0 ? 'avertissement' : 'ok';
  const lieu = rapport.source === 'selection' ? `sélection ${rapport.plageLue}` : `plage ${rapport.plageLue}`;
  return (
    <section class={`verdict verdict--${niveau}`} aria-labelledby="verdict-titre">
      <h2 id="verdict-titre" class="verdict__titre">
        <span class="icone" aria-hidden="true">
          {ICONES[niveau]}
        </span>{' '}
        {registre === null ? 'Aucun registre trouvé' : rien ? 'Aucun échéancier trouvé' : titre}
      </h2>
      <p class="verdict__lieu">
        Feuille « {rapport.feuille} », {lieu} ·{' '}
        {registre ? `registre ${registre.plage}, ${compter(registre.conventions, 'convention')}` : compter(rapport.tableaux.length, 'tableau', 'tableaux')}
        {rapport.plan ? ' · un plan budgétaire' : ''}
      </p>
      {!rien && (
        <ComptesParGravite comptes={comptes} />
      )}
      {rapport.cellulesNonMarquees > 0 && (
        <p class="verdict__lieu">
          {compter(rapport.cellulesNonMarquees, 'cellule')} en cause non {rapport.cellulesNonMarquees > 1 ? 'marquées' : 'marquée'} : la
          mémoire du document est pleine. Corrigez les premières erreurs puis vérifiez à nouveau.
        </p>
      )}
    </section>
  );
}
