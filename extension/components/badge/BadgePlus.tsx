// `+N` after three badges: a button that shows the other conventions.
export interface ProprietesPlus {
  nombre: number;
  libelles: string[];
  onDeplier: () => void;
}

export function BadgePlus({ nombre, libelles, onDeplier }: ProprietesPlus) {
  const nom = `${nombre} autre${nombre > 1 ? 's' : ''} convention${nombre > 1 ? 's' : ''} : ${libelles.join(', ')}. Tout afficher`;
  return (
    <div class="jauge">
      <button type="button" class="jauge-badge jauge-badge--plus" aria-label={nom} title={nom} onClick={onDeplier}>
        {`+${nombre}`}
      </button>
    </div>
  );
}
