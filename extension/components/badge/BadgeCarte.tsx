// The small badge on a startup card (list and incubator pages): the most urgent convention and
// how many more. Not interactive: the whole card is already a link.
import type { ResumeConvention } from '../../lib/messages';
import { classeNiveau, texteVisible } from './textes';
import { TexteBadge } from './TexteBadge';

export interface ProprietesCarte {
  conventions: ResumeConvention[];
}

export function BadgeCarte({ conventions }: ProprietesCarte) {
  const [premiere, ...autres] = conventions;
  if (!premiere) return null;
  const suite = autres.length > 0 ? ` (+${autres.length})` : '';
  return (
    <div class="jauge">
      <span class={`jauge-badge jauge-badge--sm ${classeNiveau(premiere)}`} title={conventions.map(texteVisible).join('\n')}>
        <TexteBadge texte={`${texteVisible(premiere)}${suite}`} />
      </span>
    </div>
  );
}
