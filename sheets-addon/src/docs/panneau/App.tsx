// The Docs sidebar: checks the convention on opening (unless opened to insert a plan's échéancier),
// shows the verdict and the findings by gravité, lets the person re-check, clear the marks, jump to a
// finding's paragraph, and use the two helpers that write only where asked.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { formaterDate } from '../../../../shared/dates';
import { compter } from '../../../../shared/texte';
import { ComptesParGravite, ICONES } from '../../commun/panneau/Comptes';
import { EtatTravail } from '../../commun/panneau/EtatTravail';
import { messageDErreur, useTravail } from '../../commun/panneau/travail';
import { detailComptes, verdict } from '../../commun/verdict';
import type { ConstatDocs, Gravite, RapportDocs } from '../contrat';
import { Constats } from './Constats';
import { OutilLettres, OutilPlan } from './Outils';
import { appeler } from './serveur';


export function App({ vue }: { vue: 'verification' | 'plan' }) {
  const [rapport, setRapport] = useState<RapportDocs | null>(null);
  const { occupe, annonce, erreur, setErreur, lancer } = useTravail();
  const [marquesEffacees, setMarquesEffacees] = useState(false);

  const verifier = useCallback(
    () =>
      lancer('verification', async () => {
        const r = await appeler('verifierConvention');
        setRapport(r);
        setMarquesEffacees(false);
        return `Vérification terminée : ${detailComptes(r.comptes)}.`;
      }),
    [lancer],
  );

  const effacer = useCallback(
    () =>
      lancer('effacement', async () => {
        const { plagesRestaurees, plagesPerdues } = await appeler('effacerMarques');
        setMarquesEffacees(true);
        const perdues = plagesPerdues > 0 ? ` ${compter(plagesPerdues, 'passage')} non retrouvé${plagesPerdues > 1 ? 's' : ''} (texte modifié).` : '';
        return plagesRestaurees > 0 ? `Marques effacées sur ${compter(plagesRestaurees, 'passage')} : fonds d\u2019avant remis.${perdues}` : `Aucune marque à effacer.${perdues}`;
      }),
    [lancer],
  );

  const selectionner = useCallback((constat: ConstatDocs) => {
    if (!constat.cible) return;
    appeler('selectionnerConstat', constat.cible).catch((e: unknown) => setErreur(messageDErreur(e)));
  }, []);

  useEffect(() => {
    if (vue === 'verification') void verifier();
  }, [verifier, vue]);

  return (
    <main class="panneau">
      <h1 class="titre">
        Jauge <span class="titre__sous">vérification de la convention</span>
      </h1>

      <div class="actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="button" class="bouton" onClick={verifier} aria-disabled={occupe ? 'true' : 'false'}>
          {rapport ? 'Vérifier à nouveau' : 'Vérifier la convention'}
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={effacer} aria-disabled={occupe ? 'true' : 'false'}>
          Effacer les marques
        </button>
      </div>

      <EtatTravail occupe={occupe} annonce={annonce} erreur={erreur} />

      <div aria-busy={occupe ? 'true' : 'false'}>
        {rapport && (
          <>
            <Verdict rapport={rapport} />
            {marquesEffacees && <p class="note">Les marques ont été effacées du document ; les constats restent listés ci-dessous.</p>}
            <Constats rapport={rapport} onSelectionner={selectionner} />
          </>
        )}
      </div>

      <OutilLettres />
      <OutilPlan ouvert={vue === 'plan'} />
    </main>
  );
}

function Verdict({ rapport }: { rapport: RapportDocs }) {
  const { comptes, convention: c } = rapport;
  const niveau: Gravite | 'ok' = comptes.erreur > 0 ? 'erreur' : comptes.avertissement > 0 ? 'avertissement' : 'ok';
  const parties = [c.delegant.sigle ?? c.delegant.nom, c.delegataire.sigle ?? c.delegataire.nom].filter(Boolean).join(' → ');
  const dates = [c.dateSignature && `signée le ${formaterDate(c.dateSignature)}`, c.dateFin && `fin le ${formaterDate(c.dateFin)}`].filter(Boolean).join(', ');
  return (
    <section class={`verdict verdict--${niveau}`} aria-labelledby="verdict-titre">
      <h2 id="verdict-titre" class="verdict__titre">
        <span class="icone" aria-hidden="true">
          {ICONES[niveau]}
        </span>{' '}
        {verdict(comptes)}
      </h2>
      <p class="verdict__lieu">
        {parties ? `Convention ${parties}` : 'Convention sans parties lues'}
        {dates ? ` · ${dates}` : ''} · {compter(rapport.lignes, 'ligne')}, {compter(rapport.tableaux, 'tableau', 'tableaux')}
      </p>
      <ComptesParGravite comptes={comptes} />
      {rapport.marquesImpossibles && <p class="verdict__lieu">{rapport.marquesImpossibles}</p>}
      {rapport.plagesNonMarquees > 0 && !rapport.marquesImpossibles && (
        <p class="verdict__lieu">
          {compter(rapport.plagesNonMarquees, 'constat')} sans marque dans le texte (ligne vide, ou mémoire du document pleine).
        </p>
      )}
    </section>
  );
}
