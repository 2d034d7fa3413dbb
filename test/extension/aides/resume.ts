// A ResumeConvention for component and feature tests (the background computes real ones): the UI
// tests' résumé, with the next key date the badge shows.
import type { ResumeConvention } from '../../../extension/lib/messages';
import { resume } from '../ui/donnees';

export function resumeExemple(extra: Partial<ResumeConvention> = {}): ResumeConvention {
  return resume({
    prochaineDate: { date: '2025-12-12', libelle: 'dernières commandes', texte: '12 déc. 2025 : dernières commandes' },
    ...extra,
  });
}
