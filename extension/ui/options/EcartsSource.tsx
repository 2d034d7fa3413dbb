// Fields a person edited whose synced source now says something else: the sync kept the person's
// value and recorded the source's; here, per convention and field, they choose which one stays.
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { EcartsConvention } from '../../lib/messages';
import { libelleChamp } from '../libelles';
import { formaterDateHeure } from './EtatSynchro';
import { valeurEnMots } from '../edition/controles';

/** A value in words; « (vide) » when the field has none (the source dropped it, or the person emptied it). */
const enMots = (champ: string, valeur: unknown) => (valeur === null || valeur === undefined || valeur === '' ? '(vide)' : valeurEnMots(champ, valeur));

export function EcartsSource({ version, onChange }: { version: number; onChange?: () => void }) {
  const [ecarts, setEcarts] = useState<EcartsConvention[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  const charger = () =>
    envoyer({ type: 'ecarts-source' }).then((r) => {
      if (r.ok) setEcarts(r.valeur);
      else setErreur(r.erreur);
    });
  useEffect(() => void charger(), [version]);

  if (!ecarts || ecarts.length === 0) return erreur ? <p class="mention">{erreur}</p> : null;

  const choisir = async (conventionId: string, champ: string, choix: 'mienne' | 'source') => {
    setEnCours(true);
    setErreur(null);
    try {
      const r = await envoyer({ type: 'resoudre-ecart', conventionId, champ, choix });
      if (!r.ok) return setErreur(r.erreur);
      if (!r.valeur.ok) return setErreur(r.valeur.erreur);
      await charger();
      onChange?.();
    } finally {
      setEnCours(false);
    }
  };

  return (
    <section aria-labelledby="titre-ecarts" class="carte ecarts-source">
      <h2 id="titre-ecarts">Vos modifications et la source</h2>
      <p>
        Ces champs, modifiés à la main, ont une autre valeur dans le registre synchronisé. Votre valeur est gardée tant que vous ne
        choisissez pas celle de la source.
      </p>
      {erreur && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Erreur :</span> {erreur}
          </p>
        </div>
      )}
      {ecarts.map((c) => (
        <article key={c.id} class="ecarts-source__convention" data-convention={c.id}>
          <h3>{c.nom}</h3>
          <ul>
            {c.champs.map((e) => (
              <li key={e.champ} data-champ={e.champ}>
                <p>
                  <strong>{libelleChamp(e.champ).replace(/^./, (x) => x.toUpperCase())}</strong> : la vôtre{' '}
                  <span class="ecarts-source__mienne">{enMots(e.champ, e.mienne)}</span> ; la source{' '}
                  <span class="ecarts-source__source">{enMots(e.champ, e.source)}</span>
                  <span class="mention"> (vue le {formaterDateHeure(e.le)})</span>
                </p>
                <div class="groupe-boutons">
                  <button
                    type="button"
                    class="bouton bouton--secondaire"
                    disabled={enCours}
                    aria-label={`Garder la mienne : ${libelleChamp(e.champ)}, ${c.nom}`}
                    onClick={() => void choisir(c.id, e.champ, 'mienne')}
                  >
                    Garder la mienne
                  </button>
                  <button
                    type="button"
                    class="bouton bouton--secondaire"
                    disabled={enCours}
                    aria-label={`Prendre celle de la source : ${libelleChamp(e.champ)}, ${c.nom}`}
                    onClick={() => void choisir(c.id, e.champ, 'source')}
                  >
                    Prendre celle de la source
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
