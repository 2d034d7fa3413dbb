// « Conventions d'exemple »: said on the popup and the dashboard as long as the database holds only the
// conventions shipped with Jauge, so that nobody takes them for their own. Gone after a first import.
import { useState } from 'preact/hooks';
import { envoyer } from '../lib/envoyer';
import { ouvrirOptions } from '../lib/pages';
import { useSuiviDonnees } from './useSuiviDonnees';

export function BandeauExemple({ compact = false }: { compact?: boolean }) {
  const [exemple, setExemple] = useState(false);
  useSuiviDonnees(
    () => envoyer({ type: 'inventaire' }),
    (r) => setExemple(r.ok && r.valeur.exemple),
  );
  if (!exemple) return null;
  return (
    <div class={`alerte alerte--info bandeau-exemple${compact ? ' bandeau-exemple--compact' : ''}`}>
      <p>
        <span class="alerte__type">Conventions d'exemple :</span> ces conventions réelles sont fournies avec Jauge pour le découvrir ; ce ne
        sont pas les vôtres.{' '}
        <button type="button" class="lien-texte" onClick={() => void ouvrirOptions()}>
          Importer vos conventions
        </button>{' '}
        (PDF, Word, registre JSON ou CSV).
      </p>
    </div>
  );
}
