// Shared by the startup and incubator page features: a row of convention badges under the page's
// h1, inside the site's own event-badge list (`ul.fr-pl-0`) when there is one, like its
// "Lauréat FAST" badges; at most three, then `+N`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { envoyer } from '../lib/envoyer';
import { listeEvenements } from '../lib/betagouv';
import type { ResumeConvention } from '../lib/messages';
import { BadgeConvention } from '../components/badge/BadgeConvention';
import { BadgePlus } from '../components/badge/BadgePlus';
import { monter } from './monter';

export const MAX_BADGES = 3;
export const ATTRIBUT_LISTE = 'data-jauge-liste';

function ouvrirDetail(conventionId: string): void {
  void envoyer({ type: 'ouvrir-detail', conventionId });
}

/** An `li` styled like the site's event badges' (inline, no bullet). */
function nouvelElement(doc: Document): HTMLLIElement {
  const li = doc.createElement('li');
  li.setAttribute('data-jauge', '');
  li.style.listStyle = 'none';
  li.style.display = 'inline-block';
  return li;
}

export function monterBadgesSousTitre(ctx: ContentScriptContext, titre: HTMLElement, conventions: ResumeConvention[]): void {
  const doc = titre.ownerDocument;
  // Already there (the script ran twice): leave it.
  if (doc.querySelector(`[${ATTRIBUT_LISTE}], li[data-jauge]`)) return;
  let liste = listeEvenements(titre);
  const creees: Element[] = [];
  if (!liste) {
    liste = doc.createElement('ul');
    liste.className = 'fr-pl-0';
    liste.setAttribute(ATTRIBUT_LISTE, '');
    titre.after(liste);
    creees.push(liste);
  }
  ctx.onInvalidated(() => creees.forEach((e) => e.remove()));
  const cible = liste;

  const monterUn = (resume: ResumeConvention, avant?: Element) => {
    const li = nouvelElement(doc);
    if (avant) cible.insertBefore(li, avant);
    else cible.append(li);
    creees.push(li);
    monter(ctx, {
      nom: 'jauge-badge',
      ancre: li,
      ajout: 'last',
      attributs: { 'data-jauge-convention': resume.id, 'data-jauge-niveau': resume.niveau, 'data-jauge-phase': resume.phase },
      contenu: <BadgeConvention resume={resume} onDetail={ouvrirDetail} />,
    });
  };

  const visibles = conventions.length > MAX_BADGES + 1 ? conventions.slice(0, MAX_BADGES) : conventions;
  for (const r of visibles) monterUn(r);
  const cachees = conventions.slice(visibles.length);
  if (cachees.length === 0) return;

  const liPlus = nouvelElement(doc);
  cible.append(liPlus);
  creees.push(liPlus);
  const plus = monter(ctx, {
    nom: 'jauge-plus',
    ancre: liPlus,
    ajout: 'last',
    attributs: { 'data-jauge-plus': String(cachees.length) },
    contenu: (
      <BadgePlus
        nombre={cachees.length}
        libelles={cachees.map((c) => c.libelle)}
        onDeplier={() => {
          for (const r of cachees) monterUn(r, liPlus);
          plus.retirer();
          liPlus.remove();
          // Keep keyboard users where they were: on the first badge just revealed.
          const premier = cible.querySelector<HTMLElement>(`[data-jauge-convention="${CSS.escape(cachees[0]!.id)}"]`);
          premier?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
        }}
      />
    ),
  });
}
