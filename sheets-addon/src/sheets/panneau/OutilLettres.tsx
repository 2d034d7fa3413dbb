// A small tool for writing a convention: an amount in figures → the same amount in words, to copy.
import { useState } from 'preact/hooks';
import { montantEnLettres } from '../../../../shared/lettres';
import { lireMontant } from '../../../../shared/montant';
import { copier } from '../../commun/panneau/copier';

export function OutilLettres() {
  const [saisie, setSaisie] = useState('');
  const [rectifiee, setRectifiee] = useState(false);
  const [copie, setCopie] = useState('');

  const lu = saisie.trim() === '' ? null : lireMontant(saisie);
  const lettres = lu?.ok ? montantEnLettres(lu.centimes, { orthographe1990: rectifiee }) : '';
  const probleme = lu && !lu.ok ? lu.erreur : '';

  const surCopie = async () => {
    setCopie((await copier(lettres)) ? 'Copié dans le presse-papiers.' : 'Copie impossible : sélectionnez le texte puis Ctrl+C.');
  };

  return (
    <section class="outil" aria-labelledby="outil-titre">
      <h2 id="outil-titre" class="outil__titre">
        Montant en lettres
      </h2>
      <label class="champ__libelle" for="outil-montant">
        Montant en chiffres <span class="champ__aide">par exemple 2 500 000 ou 1 900 000,50 €</span>
      </label>
      <input
        id="outil-montant"
        class="champ"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={saisie}
        aria-describedby="outil-resultat"
        aria-invalid={probleme ? 'true' : 'false'}
        onInput={(e) => {
          setSaisie((e.currentTarget as HTMLInputElement).value);
          setCopie('');
        }}
      />
      <div class="case">
        <input
          id="outil-1990"
          type="checkbox"
          checked={rectifiee}
          onChange={(e) => {
            setRectifiee((e.currentTarget as HTMLInputElement).checked);
            setCopie('');
          }}
        />
        <label for="outil-1990">Orthographe rectifiée de 1990 (traits d&rsquo;union partout)</label>
      </div>
      <p id="outil-resultat" class={probleme ? 'outil__resultat outil__resultat--erreur' : 'outil__resultat'} aria-live="polite">
        {probleme || lettres}
      </p>
      <div class="actions">
        <button type="button" class="bouton bouton--secondaire" onClick={surCopie} disabled={!lettres}>
          Copier
        </button>
        <span class="etat" role="status">
          {copie}
        </span>
      </div>
    </section>
  );
}
