// Year-end cut-off dates used by the status (last orders, last payments in Chorus). They change
// every year by circular, so they are settings, not constants.
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { Reglages } from '../../lib/messages';
import { texteErreur } from './ListeErreurs';

type Clotures = Reglages['clotures'];

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const plier = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** `11-30` (as stored) → `30 novembre` (as shown and typed). */
export function jourMoisEnMots(mmjj: string): string {
  const [mois, jour] = mmjj.split('-').map(Number);
  return mois && jour && MOIS[mois - 1] ? `${jour === 1 ? '1er' : jour} ${MOIS[mois - 1]}` : mmjj;
}

/** `30 novembre`, `30/11`, `1er décembre` → `11-30`; null when it is not a day of a month. */
export function lireJourMois(texte: string): string | null {
  const t = plier(texte).replace(/^(\d{1,2})\s*(?:er)?\s*/, '$1 ');
  let m = /^(\d{1,2}) ([a-z]+)\.?$/.exec(t);
  let jour: number;
  let mois: number;
  if (m) {
    jour = Number(m[1]);
    mois = MOIS.findIndex((nom) => plier(nom).startsWith(m![2]!.slice(0, 3)) && plier(nom).startsWith(m![2]!)) + 1;
  } else {
    m = /^(\d{1,2})\s*[/.]\s*(\d{1,2})$/.exec(t.trim());
    if (!m) return null;
    jour = Number(m[1]);
    mois = Number(m[2]);
  }
  // A leap year: the 29th of February is a day some year has.
  const jours = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1];
  if (!jours || jour < 1 || jour > jours) return null;
  return `${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

const enMots = (c: Clotures): Clotures => ({ commandes: jourMoisEnMots(c.commandes), paiements: jourMoisEnMots(c.paiements) });

export function Clotures() {
  const [valeurs, setValeurs] = useState<Clotures | null>(null);
  const [message, setMessage] = useState<{ erreur: boolean; texte: string } | null>(null);

  useEffect(() => {
    void envoyer({ type: 'reglages-lire' }).then((r) => {
      if (r.ok) setValeurs(enMots(r.valeur.clotures));
      else setMessage({ erreur: true, texte: r.erreur });
    });
  }, []);

  const enregistrer = async (e: Event) => {
    e.preventDefault();
    if (!valeurs) return;
    const commandes = lireJourMois(valeurs.commandes);
    const paiements = lireJourMois(valeurs.paiements);
    if (!commandes || !paiements) {
      const [nom, exemple] = !commandes ? ['Dernières commandes', '12 décembre'] : ['Derniers paiements', '30 novembre'];
      return setMessage({ erreur: true, texte: `${nom} : écrivez le jour et le mois, par exemple « ${exemple} » ou « ${exemple === '12 décembre' ? '12/12' : '30/11'} ».` });
    }
    const r = await envoyer({ type: 'reglages-ecrire', reglages: { clotures: { commandes, paiements } } });
    if (!r.ok) return setMessage({ erreur: true, texte: r.erreur });
    if (!r.valeur.ok) return setMessage({ erreur: true, texte: r.valeur.erreurs.map(texteErreur).join(' ; ') });
    setValeurs(enMots(r.valeur.reglages.clotures));
    setMessage({ erreur: false, texte: 'Dates de clôture enregistrées.' });
  };

  return (
    <section aria-labelledby="titre-clotures" class="carte">
      <h2 id="titre-clotures">Clôture de l'exercice</h2>
      <p>
        Dates limites de fin d'année, fixées chaque année par la circulaire de fin de gestion : Jauge s'en sert pour
        alerter avant qu'il ne soit trop tard pour engager ou payer.
      </p>
      <form onSubmit={(e) => void enregistrer(e)} class="formulaire formulaire--ligne">
        <div class="groupe">
          <label for="cloture-commandes" class="etiquette">
            Dernières commandes
            <span class="aide">Jour et mois, par exemple 12 décembre</span>
          </label>
          <input
            id="cloture-commandes"
            class="champ champ--court"
            type="text"
            disabled={!valeurs}
            value={valeurs?.commandes ?? ''}
            onInput={(e) => valeurs && setValeurs({ ...valeurs, commandes: e.currentTarget.value })}
          />
        </div>
        <div class="groupe">
          <label for="cloture-paiements" class="etiquette">
            Derniers paiements
            <span class="aide">Jour et mois, par exemple 30 novembre</span>
          </label>
          <input
            id="cloture-paiements"
            class="champ champ--court"
            type="text"
            disabled={!valeurs}
            value={valeurs?.paiements ?? ''}
            onInput={(e) => valeurs && setValeurs({ ...valeurs, paiements: e.currentTarget.value })}
          />
        </div>
        <div class="groupe-boutons">
          <button type="submit" class="bouton bouton--secondaire" disabled={!valeurs}>
            Enregistrer les dates
          </button>
        </div>
      </form>
      <p aria-live="polite" class={message?.erreur ? 'texte-erreur' : 'mention'}>
        {message?.texte ?? ''}
      </p>
    </section>
  );
}
