// The registry to sync (a JSON or CSV address, a Google Sheet, a data.gouv.fr resource, a Grist
// table), its schedule, and the last results. What the address means is said before saving (where
// Jauge will read, the hosts the browser will ask for); saving asks the browser for all of them at
// once, from the click itself (user gesture).
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { UrlRegistre, type EtatSynchro as Etat, type ErreurImport, type Reglages } from '../../lib/messages';
import { cleGristValide, ecrireCleGrist, lireCleGrist } from '../../lib/sources/cle-grist';
import { estHoteGrist } from '../../lib/sources/grist';
import { decrireSource } from '../../lib/sources/source';
import { AnalyseSource } from './AnalyseSource';
import { EtatSynchro } from './EtatSynchro';
import { texteErreur } from './ListeErreurs';
import { demanderAcces, retirerAcces, type ResultatAcces } from './permission';

type Message = { type: 'succes' | 'erreur'; texte: string } | null;

/** The hosts a saved source needs (none when it cannot be read). */
function motifsDe(url: string | null | undefined, table: string | null | undefined): string[] {
  if (!url) return [];
  const d = decrireSource(url, table);
  return d.ok ? d.source.motifs : [];
}

function hoteGrist(url: string): boolean {
  try {
    return estHoteGrist(new URL(url.trim()).hostname);
  } catch {
    return false;
  }
}

export function Synchro({ onSynchronise }: { onSynchronise?: () => void }) {
  const [reglages, setReglages] = useState<Reglages['synchro'] | null>(null);
  const [url, setUrl] = useState('');
  const [table, setTable] = useState('');
  const [cle, setCle] = useState('');
  const [cleEnregistree, setCleEnregistree] = useState(false);
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
      setTable(r.valeur.synchro.tableGrist ?? '');
      setStartups(r.valeur.synchro.startupsBetaGouv);
      setIntervalle(String(r.valeur.synchro.intervalleHeures));
    });
    void envoyer({ type: 'etat-synchro' }).then((r) => {
      if (r.ok) setEtat(r.valeur);
    });
    void lireCleGrist()
      .then((c) => setCleEnregistree(c !== null))
      .catch(() => undefined);
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
        : { type: 'succes', texte: r.valeur.registre ? `Synchronisation terminée : ${r.valeur.registre.message}` : 'Synchronisation terminée.' },
    );
    onSynchronise?.();
  };

  const enregistrer = async (nouvelle: { url: string | null; table: string | null }, acces: Promise<ResultatAcces> | null) => {
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
        reglages: { synchro: { url: nouvelle.url, tableGrist: nouvelle.table, startupsBetaGouv: startups, intervalleHeures: heures } },
      });
      if (!r.ok) return setMessage({ type: 'erreur', texte: r.erreur });
      if (!r.valeur.ok) return setMessage({ type: 'erreur', texte: r.valeur.erreurs.map(texteReglage).join(' ') });
      // The key only once the settings are saved; typed, it replaces the one kept.
      if (cle.trim()) {
        await ecrireCleGrist(cle.trim());
        setCle('');
        setCleEnregistree(true);
      }
      const avant = reglages;
      setReglages(r.valeur.reglages.synchro);
      if (avant?.url && (avant.url !== nouvelle.url || avant.tableGrist !== nouvelle.table)) {
        void retirerAcces(motifsDe(avant.url, avant.tableGrist), motifsDe(nouvelle.url, nouvelle.table));
      }
      if (nouvelle.url) await synchroniser(null);
      else setMessage({ type: 'succes', texte: 'Réglages enregistrés : aucun registre à synchroniser.' });
    } finally {
      setEnCours(false);
    }
  };

  const soumettre = (e: Event) => {
    e.preventDefault();
    const brut = url.trim();
    if (!brut) return void enregistrer({ url: null, table: null }, null);
    const valide = UrlRegistre.safeParse(brut);
    if (!valide.success) {
      setMessage({ type: 'erreur', texte: `Adresse du registre : ${valide.error.issues[0]?.message ?? 'adresse invalide'}.` });
      return;
    }
    const t = table.trim() || null;
    const source = decrireSource(valide.data, t);
    if (!source.ok) return setMessage({ type: 'erreur', texte: source.erreur });
    if (cle.trim() && !cleGristValide(cle.trim())) {
      return setMessage({ type: 'erreur', texte: 'Clé d’API Grist invalide : copiez-la telle que Grist la donne (Paramètres du profil › API).' });
    }
    // Asked now, inside the submit event: the browser needs the user's gesture to show its prompt.
    void enregistrer({ url: valide.data, table: t }, demanderAcces(source.source.motifs));
  };

  const maintenant = () => {
    setMessage(null);
    setEnCours(true);
    const motifs = motifsDe(reglages?.url, reglages?.tableGrist);
    const acces = motifs.length > 0 ? demanderAcces(motifs) : null;
    void synchroniser(acces).finally(() => setEnCours(false));
  };

  /** A redirect went to a host not granted: grant it (from this click) and sync again. */
  const autoriser = (motif: string) => {
    setMessage(null);
    setEnCours(true);
    void synchroniser(demanderAcces([motif])).finally(() => setEnCours(false));
  };

  const oublierCle = () => {
    void ecrireCleGrist(null).then(() => {
      setCleEnregistree(false);
      setMessage({ type: 'succes', texte: 'Clé d’API Grist oubliée : elle n’est plus dans ce navigateur.' });
    });
  };

  const grist = table.trim() !== '' || hoteGrist(url);

  return (
    <section aria-labelledby="titre-synchro" class="carte">
      <h2 id="titre-synchro">Synchronisation</h2>
      <p>
        Jauge peut relire régulièrement un registre partagé : une adresse JSON ou CSV, une feuille Google publiée, une ressource de
        data.gouv.fr ou une table Grist. Le navigateur vous demandera l’accès aux seuls sites nécessaires. Une synchronisation en échec
        ne modifie rien, et vos modifications à la main ne sont jamais écrasées.
      </p>
      <form onSubmit={soumettre} class="formulaire">
        <div class="groupe">
          <label for="url-registre" class="etiquette">
            Adresse du registre
            <span class="aide">
              Par exemple https://docs.google.com/spreadsheets/d/e/…/pub?output=csv, https://www.data.gouv.fr/fr/datasets/r/… ou
              l’adresse d’un document Grist ; laissez vide pour ne rien synchroniser.
            </span>
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
          {url.trim() && <AnalyseSource url={url} table={table} />}
        </div>
        <details class="groupe synchro__grist" open={grist}>
          <summary>Document Grist</summary>
          <div class="groupe">
            <label for="table-grist" class="etiquette">
              Table du registre
              <span class="aide">Son identifiant dans Grist, par exemple Registre ; vide si l’adresse n’est pas celle d’un document Grist.</span>
            </label>
            <input id="table-grist" class="champ champ--court" spellcheck={false} value={table} onInput={(e) => setTable(e.currentTarget.value)} />
          </div>
          <div class="groupe">
            <label for="cle-grist" class="etiquette">
              Clé d’API (document privé)
              <span class="aide">
                Dans Grist : Paramètres du profil › API › Créer. Gardée dans ce navigateur seulement, envoyée à ce seul site Grist ;
                jamais dans le registre ni dans un export.
              </span>
            </label>
            <input
              id="cle-grist"
              class="champ"
              type="password"
              autoComplete="off"
              spellcheck={false}
              value={cle}
              placeholder={cleEnregistree ? 'Une clé est enregistrée' : ''}
              onInput={(e) => setCle(e.currentTarget.value)}
            />
            {cleEnregistree && (
              <p class="mention">
                Une clé est enregistrée dans ce navigateur.{' '}
                <button type="button" class="bouton bouton--tertiaire" onClick={oublierCle}>
                  Oublier la clé
                </button>
              </p>
            )}
          </div>
        </details>
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
      {etat ? <EtatSynchro etat={etat} onAutoriser={enCours ? undefined : autoriser} /> : <p class="mention">État de la synchronisation inconnu.</p>}
    </section>
  );
}

function texteReglage(e: ErreurImport): string {
  return `${texteErreur(e)}.`.replace(/\.\.$/, '.');
}
