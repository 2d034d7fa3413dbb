// The two helpers that write into the document, only where the person asks: the selected amount in
// words right after it, and the échéancier of a pasted plan after the cursor's paragraph.
import { useEffect, useRef, useState } from 'preact/hooks';
import { messageDErreur as message } from '../../commun/panneau/travail';
import { appeler } from './serveur';

interface Etat {
  texte: string;
  erreur: boolean;
}

const VIDE: Etat = { texte: '', erreur: false };

/** One insertion at a time: « en cours », then the sentence `inserer` resolves with, or the server's refusal. */
function useInsertion(inserer: () => Promise<string>) {
  const [etat, setEtat] = useState<Etat>(VIDE);
  const [occupe, setOccupe] = useState(false);
  const lancer = async () => {
    if (occupe) return;
    setOccupe(true);
    setEtat({ texte: 'Insertion en cours…', erreur: false });
    try {
      setEtat({ texte: await inserer(), erreur: false });
    } catch (e) {
      setEtat({ texte: message(e), erreur: true });
    } finally {
      setOccupe(false);
    }
  };
  return { etat, occupe, lancer };
}

function Resultat({ etat }: { etat: Etat }) {
  return (
    <p class={etat.erreur ? 'outil__resultat outil__resultat--erreur' : 'outil__resultat'} role="status">
      {etat.texte}
    </p>
  );
}

export function OutilLettres() {
  const [rectifiee, setRectifiee] = useState(false);
  const { etat, occupe, lancer: inserer } = useInsertion(async () => {
    const { insere } = await appeler('insererMontantEnLettres', rectifiee);
    return `Inséré après le montant : « ${insere} ».`;
  });

  return (
    <section class="outil" aria-labelledby="lettres-titre">
      <h2 id="lettres-titre" class="outil__titre">
        Montant en lettres
      </h2>
      <p class="note">Sélectionnez un montant en chiffres dans le document, puis insérez-le en lettres juste après.</p>
      <div class="case">
        <input id="lettres-1990" type="checkbox" checked={rectifiee} onChange={(e) => setRectifiee((e.currentTarget as HTMLInputElement).checked)} />
        <label for="lettres-1990">Orthographe rectifiée de 1990 (traits d&rsquo;union partout)</label>
      </div>
      <div class="actions">
        <button type="button" class="bouton bouton--secondaire" onClick={inserer} aria-disabled={occupe ? 'true' : 'false'}>
          Insérer en lettres
        </button>
      </div>
      <Resultat etat={etat} />
    </section>
  );
}

export function OutilPlan({ ouvert }: { ouvert: boolean }) {
  const [plan, setPlan] = useState('');
  const zone = useRef<HTMLTextAreaElement>(null);
  // Opened from « Insérer l'échéancier d'un plan »: ready to paste.
  useEffect(() => {
    if (ouvert) zone.current?.focus();
  }, [ouvert]);
  const { etat, occupe, lancer: inserer } = useInsertion(async () => {
    const { insere } = await appeler('insererEcheancierDuPlan', plan);
    return `Inséré après le paragraphe du curseur : ${insere}.`;
  });

  return (
    <section class="outil" aria-labelledby="plan-titre">
      <h2 id="plan-titre" class="outil__titre">
        Échéancier d&rsquo;un plan
      </h2>
      <label class="champ__libelle" for="plan-colle">
        Plan copié depuis le tableur{' '}
        <span class="champ__aide">tableaux Mois | Consommation et Bon de commande | Émis en | Montant | Du | Au, clé Paiement</span>
      </label>
      <textarea
        id="plan-colle"
        class="champ champ--zone"
        rows={6}
        spellcheck={false}
        value={plan}
        ref={zone}
        onInput={(e) => setPlan((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button type="button" class="bouton bouton--secondaire" onClick={inserer} aria-disabled={occupe ? 'true' : 'false'}>
          Insérer au curseur
        </button>
      </div>
      <Resultat etat={etat} />
    </section>
  );
}
