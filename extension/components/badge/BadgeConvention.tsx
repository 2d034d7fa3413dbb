// One convention's badge beside a startup's or incubator's title: a DSFR-like badge that is a
// button; click or Enter opens its panel, Escape closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResumeConvention } from '../../lib/messages';
import { Panneau } from './Panneau';
import { classeNiveau, nomAccessible, texteVisible } from './textes';

export interface ProprietesBadge {
  resume: ResumeConvention;
  onDetail: (conventionId: string) => void;
}

let compteur = 0;

export function BadgeConvention({ resume, onDetail }: ProprietesBadge) {
  const [ouvert, setOuvert] = useState(false);
  const [idPanneau] = useState(() => `jauge-panneau-${++compteur}`);
  const bouton = useRef<HTMLButtonElement>(null);
  const racine = useRef<HTMLDivElement>(null);

  // Closes when focus or a click goes elsewhere in the page (the badge lives in a shadow root,
  // so a click inside it is retargeted to the host: composedPath tells).
  useEffect(() => {
    if (!ouvert) return;
    const dehors = (e: Event) => {
      if (racine.current && !e.composedPath().includes(racine.current)) setOuvert(false);
    };
    document.addEventListener('click', dehors, true);
    return () => document.removeEventListener('click', dehors, true);
  }, [ouvert]);

  const clavier = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ouvert) {
      e.stopPropagation();
      setOuvert(false);
      bouton.current?.focus();
    }
  };

  return (
    <div class="jauge" ref={racine} onKeyDown={clavier}>
      <button
        ref={bouton}
        type="button"
        class={`jauge-badge ${classeNiveau(resume)}`}
        aria-expanded={ouvert}
        aria-controls={idPanneau}
        aria-label={nomAccessible(resume)}
        title={nomAccessible(resume)}
        onClick={() => setOuvert(!ouvert)}
      >
        {texteVisible(resume)}
      </button>
      {ouvert && <Panneau resume={resume} id={idPanneau} onDetail={() => onDetail(resume.id)} />}
    </div>
  );
}
