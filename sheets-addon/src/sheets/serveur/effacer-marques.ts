// « Effacer les marques » : put back the backgrounds and notes the marked cells had before Jauge.
import type { ResultatEffacement } from '../contrat';
import { lireProprietes, remplacerProprietes } from './adaptateur';
import { decoderEtat, estCleMarques } from './marques';
import { restaurerSurSaFeuille, sansMarques } from './marquer';

export function effacerMarques(): ResultatEffacement {
  const proprietes = lireProprietes();
  const etat = decoderEtat(proprietes);
  const cellulesRestaurees = etat ? restaurerSurSaFeuille(etat) : 0;
  if (Object.keys(proprietes).some(estCleMarques)) remplacerProprietes(sansMarques(proprietes));
  return { cellulesRestaurees };
}
