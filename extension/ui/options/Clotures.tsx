// Year-end cut-off dates used by the status (last orders, last payments in Chorus). They change
// every year by circular, so they are settings, not constants.
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { Reglages } from '../../lib/messages';
import { texteErreur } from './ListeErreurs';

type Clotures = Reglages['clotures'];
const FORMAT = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function Clotures() {
  const [valeurs, setValeurs] = useState<Clotures | null>(null);
  const [message, setMessage] = useState<{ erreur: boolean; texte: string } | null>(null);

  useEffect(() => {
    void envoyer({ type: 'reglages-lire' }).then((r) => {
      if (r.ok) setValeurs(r.valeur.clotures);
      else setMessage({ erreur: true, texte: r.erreur });
    });
  }, []);

  const enregistrer = async (e: Event) => {
    e.preventDefault();
    if (!valeurs) return;
    const fautive = (['commandes', 'paiements'] as const).find((cle) => !FORMAT.test(valeurs[cle].trim()));
    if (fautive) {
      const [nom, exemple] = fautive === 'commandes' ? ['Dernières commandes', '12-12'] : ['Derniers paiements', '11-30'];
      return setMessage({ erreur: true, texte: `${nom} : date attendue au format MM-JJ (par exemple ${exemple}).` });
    }
    const r = await envoyer({
      type: 'reglages-ecrire',
      reglages: { clotures: { commandes: valeurs.commandes.trim(), paiements: valeurs.paiements.trim() } },
    });
    if (!r.ok) return setMessage({ erreur: true, texte: r.erreur });
    if (!r.valeur.ok) return setMessage({ erreur: true, texte: r.valeur.erreurs.map(texteErreur).join(' ; ') });
    setValeurs(r.valeur.reglages.clotures);
    setMessage({ erreur: false, texte: 'Dates de clôture enregistrées.' });
  };

  return (
    <section aria-labelledby="titre-clotures" class="carte">
      <h2 id="titre-clotures">Clôture de l'exercice</h2>
      <p>
        Dates limites de fin d'année, fixées chaque année par la circulaire de fin de gestion : Jauge s'en sert pour
        alerter avant qu'il ne soit trop tard pour engager ou payer.
      </p>
      <form onSubmit={(e) => void enregistrer(e)} class="formulaire formulaire--ligne">
        <div class="groupe">
          <label for="cloture-commandes" class="etiquette">
            Dernières commandes
            <span class="aide">Mois-jour, par exemple 12-12</span>
          </label>
          <input
            id="cloture-commandes"
            class="champ champ--court"
            type="text"
            inputMode="numeric"
            disabled={!valeurs}
            value={valeurs?.commandes ?? ''}
            onInput={(e) => valeurs && setValeurs({ ...valeurs, commandes: e.currentTarget.value })}
          />
        </div>
        <div class="groupe">
          <label for="cloture-paiements" class="etiquette">
            Derniers paiements
            <span class="aide">Mois-jour, par exemple 11-30</span>
          </label>
          <input
            id="cloture-paiements"
            class="champ champ--court"
            type="text"
            inputMode="numeric"
            disabled={!valeurs}
            value={valeurs?.paiements ?? ''}
            onInput={(e) => valeurs && setValeurs({ ...valeurs, paiements: e.currentTarget.value })}
          />
        </div>
        <div class="groupe-boutons">
          <button type="submit" class="bouton bouton--secondaire" disabled={!valeurs}>
            Enregistrer les dates
          </button>
        </div>
      </form>
      <p aria-live="polite" class={message?.erreur ? 'texte-erreur' : 'mention'}>
        {message?.texte ?? ''}
      </p>
    </section>
  );
}
