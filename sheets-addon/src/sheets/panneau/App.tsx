// The sidebar: checks the sheet on opening, shows the verdict and the findings, lets the person
// re-check, clear the marks, jump to a cell, and spell an amount in words.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { compter } from '../../../../shared/texte';
import type { Rapport } from '../contrat';
import { EtatTravail } from '../../commun/panneau/EtatTravail';
import { messageDErreur, useTravail } from '../../commun/panneau/travail';
import { detailComptes, verdict } from '../../commun/verdict';
import { ListeConstats } from './ListeConstats';
import { OutilLettres } from './OutilLettres';
import { PlanBudget } from './PlanBudget';
import { appeler } from './serveur';
import { Verdict } from './Verdict';

/** What « Vérifier à nouveau » checks again: the last kind of check asked for. */
type Sorte = 'verifierEcheancier' | 'verifierSelection' | 'verifierRegistre';

export function App() {
  const [rapport, setRapport] = useState<Rapport | null>(null);
  const { occupe, annonce, erreur, setErreur, lancer } = useTravail();
  const [marquesEffacees, setMarquesEffacees] = useState(false);
  const sorte = useRef<Sorte>('verifierEcheancier');

  const verifier = useCallback(
    (quoi?: Sorte) =>
      lancer('verification', async () => {
        if (quoi) sorte.current = quoi;
        const r = await appeler(sorte.current);
        setRapport(r);
        setMarquesEffacees(false);
        if (r.registre === null) return 'Vérification terminée : cette feuille n\u2019a pas la disposition d\u2019un registre.';
        if (r.tableaux.length === 0 && !r.plan) return 'Vérification terminée : aucun échéancier trouvé.';
        return `Vérification terminée : ${detailComptes(r.comptes)}.`;
      }),
    [lancer],
  );

  const effacer = useCallback(
    () =>
      lancer('effacement', async () => {
        const { cellulesRestaurees } = await appeler('effacerMarques');
        setMarquesEffacees(true);
        return cellulesRestaurees > 0
          ? `Marques effacées sur ${compter(cellulesRestaurees, 'cellule')} : fonds et notes d\u2019avant remis.`
          : 'Aucune marque à effacer.';
      }),
    [lancer],
  );

  const selectionner = useCallback(
    (cellule: string) => {
      if (!rapport) return;
      appeler('selectionnerCellule', cellule, rapport.feuille).catch((e: unknown) => setErreur(messageDErreur(e)));
    },
    [rapport],
  );

  useEffect(() => {
    void verifier('verifierEcheancier');
  }, [verifier]);

  return (
    <main class="panneau">
      <h1 class="titre">
        Jauge <span class="titre__sous">vérification de l&rsquo;échéancier</span>
      </h1>

      <div class="actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" class="bouton" onClick={() => verifier()} aria-disabled={occupe ? 'true' : 'false'}>
          {rapport ? 'Vérifier à nouveau' : 'Vérifier l\u2019échéancier'}
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={effacer} aria-disabled={occupe ? 'true' : 'false'}>
          Effacer les marques
        </button>
      </div>
      <div class="actions actions--autres" role="group" aria-labelledby="autres-verifications">
        <span id="autres-verifications" class="actions__libelle">
          Vérifier :
        </span>
        <button type="button" class="bouton bouton--lien" onClick={() => verifier('verifierEcheancier')} aria-disabled={occupe ? 'true' : 'false'}>
          La feuille
        </button>
        <button type="button" class="bouton bouton--lien" onClick={() => verifier('verifierSelection')} aria-disabled={occupe ? 'true' : 'false'}>
          La sélection
        </button>
        <button type="button" class="bouton bouton--lien" onClick={() => verifier('verifierRegistre')} aria-disabled={occupe ? 'true' : 'false'}>
          Le registre
        </button>
      </div>

      <EtatTravail occupe={occupe} annonce={annonce} erreur={erreur} />

      <div aria-busy={occupe ? 'true' : 'false'}>
        {rapport && (
          <>
            <Verdict rapport={rapport} titre={verdict(rapport.comptes)} />
            {marquesEffacees && <p class="note">Les marques ont été effacées de la feuille ; les constats restent listés ci-dessous.</p>}
            <ListeConstats rapport={rapport} onSelectionner={selectionner} />
            {rapport.plan && <PlanBudget plan={rapport.plan} />}
          </>
        )}
      </div>

      <OutilLettres />
    </main>
  );
}
