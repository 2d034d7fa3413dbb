// The sample convention many tests start from: seed DGEFP 2024 as the registry holds it (signed
// 28 March 2024, ends 31 December 2025, 2 500 000 € AE and 1 900 000 € CP in 2024, 600 000 € CP in 2025,
// the 2025 AE left empty). Each test overrides what it is about.
import type { Convention } from '../../shared/model';

export function conventionDeTest(surcharges: Partial<Convention> = {}): Convention {
  return {
    id: 'dgefp-2024-03-28',
    type: 'delegation-de-gestion',
    delegant: { sigle: 'DGEFP' },
    delegataire: { sigle: 'DINUM' },
    dateSignature: '2024-03-28',
    dateFin: '2025-12-31',
    echeancier: [
      { annee: 2024, ae: 250_000_000, cp: 190_000_000 },
      { annee: 2025, ae: null, cp: 60_000_000 },
    ],
    ...surcharges,
  };
}
