// A convention in words for a person, never its technical id (`sg-menj-2024-04-05`): its title, else
// its kind, partner and signature date (« Convention SG-MENJ du 5 avril 2024 »).
import { formaterDate } from '../dates';
import type { Convention } from '../model';

type Nommable = Pick<Convention, 'type' | 'titre' | 'delegant' | 'delegataire' | 'dateSignature'>;

/** The party that is not the DINUM (which signs every convention): acronym, else name. */
function partenaireDe(c: Nommable): string | undefined {
  const nom = (p: Convention['delegant']) => p.sigle?.trim() || p.nom?.trim() || undefined;
  const delegant = nom(c.delegant);
  const delegataire = nom(c.delegataire);
  return delegant && /^dinum$/i.test(delegant) && delegataire ? delegataire : (delegant ?? delegataire);
}

const SORTE: Record<Convention['type'], string> = { 'delegation-de-gestion': 'Convention', 'partenariat-fast': 'Partenariat FAST', avenant: 'Avenant' };

/** `Convention SG-MENJ du 5 avril 2024`, `Partenariat FAST DGEFP`, `Convention du 5 avril 2024`. */
export function nomCourt(c: Nommable): string {
  const partenaire = partenaireDe(c);
  const date = c.dateSignature ? `du ${formaterDate(c.dateSignature)}` : undefined;
  const morceaux = [SORTE[c.type], partenaire, date].filter(Boolean);
  return morceaux.length > 1 ? morceaux.join(' ') : `${SORTE[c.type]} sans partenaire ni date connus`;
}

/** The title when there is one, else nomCourt. */
export function nomConvention(c: Nommable): string {
  return c.titre?.trim() || nomCourt(c);
}
