// The differences a sync left for a person to decide (edited fields the source now gives otherwise),
// and their choices, one field at a time.
import type { EcartsConvention, Reponses, RequeteDe } from '../messages';
import { appliquerChoix } from '../miroir';
import { nomConvention } from '../../../shared/registre/nom';
import { valeurAuChemin } from '../../../shared/registre/modifications';
import type { Etat } from './etat';

export async function listerEcarts(etat: Etat): Promise<EcartsConvention[]> {
  const avecEcarts = await etat.db.conventions.filter((c) => Object.keys(c.ecartsSource ?? {}).length > 0).toArray();
  return avecEcarts
    .map((c) => ({
      id: c.id,
      nom: nomConvention(c),
      champs: Object.entries(c.ecartsSource!)
        .map(([champ, e]) => ({ champ, mienne: valeurAuChemin(c, champ), source: e.valeurSource, le: e.le }))
        .sort((a, b) => a.champ.localeCompare(b.champ)),
    }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr') || a.id.localeCompare(b.id));
}

export async function resoudre(etat: Etat, r: RequeteDe<'resoudre-ecart'>): Promise<Reponses['resoudre-ecart']> {
  const fait = await appliquerChoix(etat.db, r.conventionId, r.champ, r.choix);
  // Taking the source's value changes what badges and the dashboard show; keeping one's own does not,
  // but the stored row changed all the same.
  if (fait.ok) etat.invalider();
  return fait;
}
