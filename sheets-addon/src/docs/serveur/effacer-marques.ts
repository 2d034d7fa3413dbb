// « Effacer les marques »: put back the backgrounds the marked ranges had before Jauge, run by run,
// where Jauge's background is still there; then forget the marks.
import { sans } from '../../commun/memoire';
import type { ResultatEffacementDocs } from '../contrat';
import { ecrireFonds, fondA, indicesDeMiseEnForme, lireProprietes, remplacerProprietes, texteDuCorps } from './adaptateur';
import { CLE_MARQUES_DOCS, decoderPlages, estCleMarquesDocs, fondsParPassage, planifierRestauration } from './marques';

export function effacerMarques(): ResultatEffacementDocs {
  const proprietes = lireProprietes();
  const plages = decoderPlages(proprietes);
  let resultat: ResultatEffacementDocs = { plagesRestaurees: 0, plagesPerdues: 0 };
  if (plages.length > 0) {
    const texte = texteDuCorps();
    const corps = texte.getText();
    const indices = indicesDeMiseEnForme(texte);
    const plan = planifierRestauration(plages, corps, indices, fondsParPassage(indices, (o) => fondA(texte, o)));
    ecrireFonds(texte, plan.ecritures);
    resultat = { plagesRestaurees: plan.restaurees, plagesPerdues: plan.perdues };
  }
  if (Object.keys(proprietes).some(estCleMarquesDocs)) remplacerProprietes(sansMarquesDocs(proprietes));
  return resultat;
}

/** The document's properties without Jauge's marks. */
export function sansMarquesDocs(proprietes: Readonly<Record<string, string>>): Record<string, string> {
  return sans(CLE_MARQUES_DOCS, proprietes);
}
