// The registry URL to sync (JSON or CSV), its schedule, and the last results. Saving a URL asks
// the browser for access to that origin only, from the click itself (user gesture).
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { UrlRegistre, type EtatSynchro as Etat, type ErreurImport, type Reglages } from '../../lib/messages';
import { EtatSynchro } from './EtatSynchro';
import { texteErreur } from './ListeErreurs';
import { demanderAcces, retirerAcces, type ResultatAcces } from './permission';

type Message = { type: 'succes' | 'erreur'; texte: string } | null;

export function Synchro({ onSynchronise }: { onSynchronise?: () => void }) {
  const [reglages, setReglages] = useState<Reglages['synchro'] | null>(null);
  const [url, setUrl] = useState('');
  const [startups, setStartups] = useState(true);
  const [intervalle, setIntervalle] = useState('24');
  const [etat, setEtat] = useState<Etat | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [enCours, setEnCours] = useState(false);

  useEffect(() => {
    void envoyer({ type: 'reglages-lire' }).then((r) => {
      if (!r.ok) return setMessage({ type: 'erreur', texte: r.erreur });
      setReglages(r.valeur.synchro);
      setUrl(r.valeur.synchro.url ?? '');
      setStartups(r.valeur.synchro.startupsBetaGouv);
      setIntervalle(String(r.valeur.synchro.intervalleHeures));
    });
    void envoyer({ type: 'etat-synchro' }).then((r) => {
      if (r.ok) setEtat(r.valeur);
    });
  }, []);

  const synchroniser = async (acces: Promise<ResultatAcces> | null): Promise<void> => {
    if (acces) {
      const a = await acces;
      if (!a.ok) return setMessage({ type: 'erreur', texte: a.erreur });
    }
    const r = await envoyer({ type: 'synchroniser' });
    if (!r.ok) return setMessage({ type: 'erreur', texte: `Synchronisation impossible : ${r.erreur}` });
    setEtat(r.valeur);
    const echec = [r.valeur.registre, r.valeur.startups].find((x) => x && !x.ok);
    setMessage(
      echec
        ? { type: 'erreur', texte: `Synchronisation en échec : ${echec.message} Les données n’ont pas changé.` }
        : { type: 'succes', texte: r.valeur.registre?.retirees ? `Synchronisation terminée : ${r.valeur.registre.message}` : 'Synchronisation terminée.' },
    );
    onSynchronise?.();
  };

  const enregistrer = async (nouvelleUrl: string | null, acces: Promise<ResultatAcces> | null) => {
    setEnCours(true);
    setMessage(null);
    try {
      if (acces) {
        const a = await acces;
        if (!a.ok) return setMessage({ type: 'erreur', texte: a.erreur });
      }
      const heures = Number(intervalle);
      const r = await envoyer({
        type: 'reglages-ecrire',
        reglages: { synchro: { url: nouvelleUrl, startupsBetaGouv: startups, intervalleHeures: heures } },
      });
      if (!r.ok) return setMessage({ type: 'erreur', texte: r.erreur });
      if (!r.valeur.ok) return setMessage({ type: 'erreur', texte: r.valeur.erreurs.map(texteReglage).join(' ') });
      const ancienne = reglages?.url;
      setReglages(r.valeur.reglages.synchro);
      if (ancienne && ancienne !== nouvelleUrl) void retirerAcces(ancienne);
      if (nouvelleUrl) await synchroniser(null);
      else setMessage({ type: 'succes', texte: 'Réglages enregistrés : aucun registre à synchroniser.' });
    } finally {
      setEnCours(false);
    }
  };

  const soumettre = (e: Event) => {
    e.preventDefault();
    const brut = url.trim();
    if (!brut) return void enregistrer(null, null);
    const valide = UrlRegistre.safeParse(brut);
    if (!valide.success) {
      setMessage({ type: 'erreur', texte: `Adresse du registre : ${valide.error.issues[0]?.message ?? 'adresse invalide'}.` });
      return;
    }
    // Asked now, inside the submit event: the browser needs the user's gesture to show its prompt.
    void enregistrer(valide.data, demanderAcces(valide.data));
  };

  const maintenant = () => {
    setMessage(null);
    setEnCours(true);
    const acces = reglages?.url ? demanderAcces(reglages.url) : null;
    void synchroniser(acces).finally(() => setEnCours(false));
  };

  return (
    <section aria-labelledby="titre-synchro" class="carte">
      <h2 id="titre-synchro">Synchronisation</h2>
      <p>
        Jauge peut relire régulièrement un registre publié à une adresse (JSON ou CSV). Le navigateur vous demandera
        l'accès à ce seul site. Une synchronisation en échec ne modifie rien.
      </p>
      <form onSubmit={soumettre} class="formulaire">
        <div class="groupe">
          <label for="url-registre" class="etiquette">
            Adresse du registre
            <span class="aide">Par exemple https://exemple.gouv.fr/registre.json ; laissez vide pour ne rien synchroniser.</span>
          </label>
          <input
            id="url-registre"
            class="champ"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </div>
        <div class="groupe">
          <label for="intervalle-synchro" class="etiquette">
            Fréquence (en heures)
            <span class="aide">Entre 1 et 168 heures (une semaine).</span>
          </label>
          <input
            id="intervalle-synchro"
            class="champ champ--court"
            type="number"
            min={1}
            max={168}
            step={1}
            value={intervalle}
            onInput={(e) => setIntervalle(e.currentTarget.value)}
          />
        </div>
        <div class="case">
          <input
            id="startups-betagouv"
            type="checkbox"
            checked={startups}
            onChange={(e) => setStartups(e.currentTarget.checked)}
          />
          <label for="startups-betagouv">Mettre aussi à jour la liste des startups depuis beta.gouv.fr</label>
        </div>
        <div class="groupe-boutons">
          <button type="submit" class="bouton" disabled={enCours || !reglages}>
            Enregistrer{url.trim() ? ' et synchroniser' : ''}
          </button>
          <button type="button" class="bouton bouton--secondaire" disabled={enCours || !reglages} onClick={maintenant}>
            Synchroniser maintenant
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {enCours && <p class="mention">Synchronisation en cours…</p>}
        {message?.type === 'succes' && (
          <div class="alerte alerte--succes">
            <p>
              <span class="alerte__type">Succès :</span> {message.texte}
            </p>
          </div>
        )}
      </div>
      {message?.type === 'erreur' && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Erreur :</span> {message.texte}
          </p>
        </div>
      )}
      <h3>Dernières synchronisations</h3>
      {etat ? <EtatSynchro etat={etat} /> : <p class="mention">État de la synchronisation inconnu.</p>}
    </section>
  );
}

function texteReglage(e: ErreurImport): string {
  return `${texteErreur(e)}.`.replace(/\.\.$/, '.');
}
