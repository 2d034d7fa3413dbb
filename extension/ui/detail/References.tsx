// Parties, term, budget line (UO, programme, BOP) and Chorus references of a convention, as a
// definition list; a line is shown only when the value is known.
import { formaterDate } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';
import type { Convention, Partie } from '../../../shared/model';
import { libelleType, pluriel } from '../libelles';

export function References({ convention: c, avecLiens = false }: { convention: Convention; avecLiens?: boolean }) {
  const lignes: [string, string][] = [];
  const ajouter = (terme: string, valeur: string | undefined | null) => {
    if (valeur) lignes.push([terme, valeur]);
  };
  ajouter('Type', libelleType(c.type));
  ajouter('Délégant', nomPartie(c.delegant));
  ajouter('Délégataire', nomPartie(c.delegataire));
  if (c.autresParties?.length) ajouter('Autres parties', c.autresParties.map(nomPartie).join(', '));
  ajouter('Signée le', c.dateSignature && formaterDate(c.dateSignature));
  ajouter('Fin le', c.dateFin && formaterDate(c.dateFin));
  ajouter('Préavis', c.preavisMois !== undefined ? pluriel(c.preavisMois, 'mois', 'mois') : undefined);
  ajouter('UO', c.uo);
  ajouter('Programme', c.programme);
  ajouter('BOP', c.bop);
  ajouter('Centre financier', c.chorus?.centreFinancier);
  ajouter('Domaine fonctionnel', c.chorus?.domaineFonctionnel);
  ajouter('Activité', c.chorus?.activites?.join(', '));
  ajouter('Centre de coût', c.chorus?.centreDeCout);
  ajouter('Axe ministériel 1', c.chorus?.axeMinisteriel1);
  ajouter('Axe ministériel 2', c.chorus?.axeMinisteriel2);
  ajouter('Plafond AE', c.plafond?.ae !== undefined ? formaterMontant(c.plafond.ae) : undefined);
  ajouter('Plafond CP', c.plafond?.cp !== undefined ? formaterMontant(c.plafond.cp) : undefined);
  ajouter('Durée', c.plafond?.dureeMois !== undefined ? pluriel(c.plafond.dureeMois, 'mois', 'mois') : undefined);
  ajouter('Montant FAST', c.montantFast !== undefined ? formaterMontant(c.montantFast) : undefined);
  ajouter('Comités', c.comitesSemestriels ? "Comités d'investissement semestriels" : undefined);
  // The detail view links them in their own section; the import review lists them here.
  if (avecLiens) {
    ajouter('Startups', c.startups?.join(', '));
    ajouter('Incubateur', c.incubateur);
  }
  return (
    <dl class="definitions">
      {lignes.map(([terme, valeur]) => (
        <div key={terme} class="definitions__ligne">
          <dt>{terme}</dt>
          <dd>{valeur}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `Délégation générale à l'emploi (DGEFP)`, or whichever part is known. */
export function nomPartie(p: Partie): string {
  if (p.nom && p.sigle) return `${p.nom} (${p.sigle})`;
  return p.nom ?? p.sigle ?? 'partie inconnue';
}
