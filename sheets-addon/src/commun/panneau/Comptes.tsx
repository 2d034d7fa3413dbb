// The verdict's icons (never colour alone) and the count of each gravité, as both sidebars show them.
import { compter } from '../../../../shared/texte';
import type { Comptes, Gravite } from '../contrat';

export const ICONES: Readonly<Record<Gravite | 'ok', string>> = { erreur: '\u2716', avertissement: '\u26a0', information: '\u2139', ok: '\u2714' };

export function ComptesParGravite({ comptes }: { comptes: Comptes }) {
  return (
    <ul class="comptes" aria-label="Constats par gravité">
      {(['erreur', 'avertissement', 'information'] as const).map((g) => (
        <li key={g} class={`badge badge--${g}`}>
          <span aria-hidden="true">{ICONES[g]} </span>
          {compter(comptes[g], g)}
        </li>
      ))}
    </ul>
  );
}
