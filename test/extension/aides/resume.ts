// A ResumeConvention for component and feature tests (the background computes real ones).
import type { ResumeConvention } from '../../../extension/lib/messages';

export function resumeExemple(extra: Partial<ResumeConvention> = {}): ResumeConvention {
  return {
    id: 'dgefp-2024-03-28',
    libelle: 'Convention DGEFP',
    type: 'delegation-de-gestion',
    delegant: 'DGEFP',
    delegataire: 'DINUM',
    dateSignature: '2024-03-28',
    dateFin: '2025-12-31',
    phase: 'en-cours',
    niveau: 'attention',
    joursRestants: 37,
    texteBadge: 'AE 2,5 M€ · J-37',
    texteNiveau: 'attention',
    startups: [],
    nomsStartups: [],
    incubateur: 'mission-apprentissage',
    totaux: { ae: 250_000_000, cp: 250_000_000 },
    texteTotaux: 'AE 2 500 000 € · CP 2 500 000 €',
    periode: '28 mars 2024 – 31 déc. 2025',
    alertes: [{ niveau: 'attention', message: 'La convention se termine dans 37 jours.' }],
    prochaineDate: { date: '2025-12-12', libelle: 'dernières commandes', texte: '12 déc. 2025 : dernières commandes' },
    nombreConstats: 1,
    ...extra,
  };
}
