// The verdict in words (never by colour alone) and the count of each gravité.
import { compter } from '../../../../shared/texte';
import type { Gravite, Rapport } from '../contrat';

const ICONES: Record<Gravite | 'ok', string> = { erreur: '\u2716', avertissement: '\u26a0', information: '\u2139', ok: '\u2714' };
const MOTS: Record<Gravite, string> = { erreur: 'erreur', avertissement: 'avertissement', information: 'information' };

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
        <ul class="comptes" aria-label="Constats par gravité">
          {(['erreur', 'avertissement', 'information'] as const).map((g) => (
            <li key={g} class={`badge badge--${g}`}>
              <span aria-hidden="true">{ICONES[g]} </span>
              {compter(comptes[g], MOTS[g])}
            </li>
          ))}
        </ul>
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
