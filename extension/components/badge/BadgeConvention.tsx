// One convention's badge beside a startup's or incubator's title: a DSFR-like badge that is a
// button; click or Enter opens its panel, Escape closes it. A class component, so the content
// script does not ship preact/hooks (its size budget is 15 KB gzip).
import { Component, createRef } from 'preact';
import type { ResumeConvention } from '../../lib/messages';
import { Panneau } from './Panneau';
import { classeNiveau, nomAccessible, texteVisible } from './textes';
import { TexteBadge } from './TexteBadge';

export interface ProprietesBadge {
  resume: ResumeConvention;
  onDetail: (conventionId: string) => void;
}

let compteur = 0;

export class BadgeConvention extends Component<ProprietesBadge, { ouvert: boolean }> {
  override state = { ouvert: false };
  private readonly idPanneau = `jauge-panneau-${++compteur}`;
  private readonly bouton = createRef<HTMLButtonElement>();
  private readonly racine = createRef<HTMLDivElement>();

  // Closes when a click lands elsewhere in the page (the badge lives in a shadow root, so a click
  // inside it is retargeted to the host: composedPath tells).
  private readonly dehors = (e: Event) => {
    if (this.racine.current && !e.composedPath().includes(this.racine.current)) this.setState({ ouvert: false });
  };

  private readonly clavier = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.state.ouvert) {
      e.stopPropagation();
      this.setState({ ouvert: false });
      this.bouton.current?.focus();
    }
  };

  override componentDidUpdate(_p: ProprietesBadge, avant: { ouvert: boolean }) {
    if (this.state.ouvert === avant.ouvert) return;
    if (this.state.ouvert) document.addEventListener('click', this.dehors, true);
    else document.removeEventListener('click', this.dehors, true);
  }

  override componentWillUnmount() {
    document.removeEventListener('click', this.dehors, true);
  }

  render({ resume, onDetail }: ProprietesBadge, { ouvert }: { ouvert: boolean }) {
    return (
      <div class="jauge" ref={this.racine} onKeyDown={this.clavier}>
        <button
          ref={this.bouton}
          type="button"
          class={`jauge-badge ${classeNiveau(resume)}`}
          aria-expanded={ouvert}
          aria-controls={this.idPanneau}
          aria-label={nomAccessible(resume)}
          title={nomAccessible(resume)}
          onClick={() => this.setState({ ouvert: !ouvert })}
        >
          <TexteBadge texte={texteVisible(resume)} />
        </button>
        {ouvert && <Panneau resume={resume} id={this.idPanneau} onDetail={() => onDetail(resume.id)} />}
      </div>
    );
  }
}
