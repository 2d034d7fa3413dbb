// One field of the edit form: its label and hint, the input, then what is known of its value: where
// it was read (review), or « modifié à la main » with the value first read, and what the checks say.
// All of it is tied to the input (aria-describedby), and an error marks it invalid (aria-invalid).
import type { ComponentChildren } from 'preact';
import { texteMessage, type Message } from './controles';

interface Props {
  id: string;
  libelle: string;
  valeur: string;
  onValeur: (v: string) => void;
  aide?: string;
  messages?: readonly Message[];
  /** The value first read, in words, when the field was changed by hand. */
  lu?: string | null;
  /** Where the value was read (the review's excerpt); replaced by the mark once changed. */
  source?: ComponentChildren;
  aVerifier?: boolean;
  /** An input of the échéancier's table: its label is read, not shown. */
  etiquetteCachee?: boolean;
  /** The messages are shown by the caller (under a table), at `${id}-messages`. */
  messagesAilleurs?: boolean;
}

export function MarqueModification({ id, lu }: { id: string; lu: string }) {
  return (
    <p id={id} class="edition__marque">
      <strong>Modifié à la main</strong> — lu : {lu}
    </p>
  );
}

export function Messages({ id, messages }: { id: string; messages: readonly Message[] }) {
  return (
    <ul id={id} class="edition__messages">
      {messages.map((m, i) => (
        <li key={i} class={`edition__message edition__message--${m.gravite}`}>
          {texteMessage(m)}
        </li>
      ))}
    </ul>
  );
}

export function ChampModifiable({ id, libelle, valeur, onValeur, aide, messages = [], lu, source, aVerifier = false, etiquetteCachee = false, messagesAilleurs = false }: Props) {
  const decrits = [aide && !etiquetteCachee && `${id}-aide`, lu != null ? `${id}-marque` : source ? `${id}-source` : null, messages.length > 0 && `${id}-messages`].filter(Boolean).join(' ');
  const enErreur = messages.some((m) => m.gravite === 'erreur');
  return (
    <div class={`edition__champ${aVerifier && lu == null ? ' edition__champ--a-verifier' : ''}${lu != null ? ' edition__champ--modifie' : ''}`}>
      <label for={id} class={etiquetteCachee ? 'sr-only' : 'etiquette'}>
        {libelle}
        {aide && !etiquetteCachee && (
          <span class="aide" id={`${id}-aide`}>
            {aide}
          </span>
        )}
      </label>
      <input
        id={id}
        class="champ"
        type="text"
        value={valeur}
        aria-invalid={enErreur || undefined}
        aria-describedby={decrits || undefined}
        onInput={(e) => onValeur(e.currentTarget.value)}
      />
      {lu != null ? <MarqueModification id={`${id}-marque`} lu={lu} /> : source && <div id={`${id}-source`}>{source}</div>}
      {messages.length > 0 && !messagesAilleurs && <Messages id={`${id}-messages`} messages={messages} />}
    </div>
  );
}
