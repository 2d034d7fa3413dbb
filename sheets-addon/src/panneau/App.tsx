// The sidebar: checks the sheet on opening, shows the verdict and the findings, lets the person
// re-check, clear the marks, jump to a cell, and spell an amount in words.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { compter } from '../../../shared/texte';
import type { Rapport } from '../contrat';
import { detailComptes, verdict } from '../verdict';
import { ListeConstats } from './ListeConstats';
import { OutilLettres } from './OutilLettres';
import { PlanBudget } from './PlanBudget';
import { appeler } from './serveur';
import { Verdict } from './Verdict';

type Travail = 'verification' | 'effacement' | null;

export function App() {
  const [rapport, setRapport] = useState<Rapport | null>(null);
  const [travail, setTravail] = useState<Travail>(null);
  const [annonce, setAnnonce] = useState('');
  const [erreur, setErreur] = useState('');
  const [marquesEffacees, setMarquesEffacees] = useState(false);
  const enCours = useRef(false);

  const lancer = useCallback(async (quoi: Exclude<Travail, null>, tache: () => Promise<string>) => {
    if (enCours.current) return;
    enCours.current = true;
    setTravail(quoi);
    setErreur('');
    setAnnonce(quoi === 'verification' ? 'Vérification en cours…' : 'Effacement des marques en cours…');
    try {
      setAnnonce(await tache());
    } catch (e) {
      setAnnonce('');
      setErreur(e instanceof Error ? e.message : String(e));
    } finally {
      enCours.current = false;
      setTravail(null);
    }
  }, []);

  const verifier = useCallback(
    () =>
      lancer('verification', async () => {
        const r = await appeler('verifierEcheancier');
        setRapport(r);
        setMarquesEffacees(false);
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
      appeler('selectionnerCellule', cellule, rapport.feuille).catch((e: unknown) => setErreur(e instanceof Error ? e.message : String(e)));
    },
    [rapport],
  );

  useEffect(() => {
    void verifier();
  }, [verifier]);

  const occupe = travail !== null;
  return (
    <main class="panneau">
      <h1 class="titre">
        Jauge <span class="titre__sous">vérification de l&rsquo;échéancier</span>
      </h1>

      <div class="actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" class="bouton" onClick={verifier} aria-disabled={occupe ? 'true' : 'false'}>
          {rapport ? 'Vérifier à nouveau' : 'Vérifier l\u2019échéancier'}
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={effacer} aria-disabled={occupe ? 'true' : 'false'}>
          Effacer les marques
        </button>
      </div>

      <p class="etat" role="status">
        {occupe && <span class="roue" aria-hidden="true" />}
        {annonce}
      </p>
      <div role="alert" class={erreur ? 'alerte alerte--erreur' : 'alerte--vide'}>
        {erreur && (
          <>
            <strong>Erreur : </strong>
            {erreur}
          </>
        )}
      </div>

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
