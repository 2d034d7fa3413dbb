// Per-feature switches (refined-github style): each overlay on beta.gouv.fr can be turned off.
import { useEffect, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { FONCTIONNALITES, type IdFonctionnalite, type Reglages } from '../../lib/messages';

type Etats = Reglages['fonctionnalites'];

export function Fonctionnalites() {
  const [etats, setEtats] = useState<Etats | null>(null);
  const [message, setMessage] = useState<{ erreur: boolean; texte: string } | null>(null);

  useEffect(() => {
    void envoyer({ type: 'reglages-lire' }).then((r) => {
      if (r.ok) setEtats(r.valeur.fonctionnalites);
      else setMessage({ erreur: true, texte: r.erreur });
    });
  }, []);

  const basculer = async (id: IdFonctionnalite, actif: boolean) => {
    if (!etats) return;
    const avant = etats;
    setEtats({ ...etats, [id]: actif });
    const r = await envoyer({ type: 'reglages-ecrire', reglages: { fonctionnalites: { [id]: actif } } });
    const titre = FONCTIONNALITES.find((f) => f.id === id)?.titre ?? id;
    if (r.ok && r.valeur.ok) {
      setEtats(r.valeur.reglages.fonctionnalites);
      setMessage({ erreur: false, texte: `${titre} : ${actif ? 'activé' : 'désactivé'}.` });
    } else {
      setEtats(avant);
      setMessage({ erreur: true, texte: `${titre} : réglage non enregistré (${r.ok ? (r.valeur.ok ? '' : r.valeur.erreurs[0]?.message) : r.erreur}).` });
    }
  };

  return (
    <section aria-labelledby="titre-fonctionnalites" class="carte">
      <h2 id="titre-fonctionnalites">Fonctionnalités</h2>
      <fieldset class="fonctionnalites" disabled={!etats}>
        <legend>Ce que Jauge ajoute aux pages de beta.gouv.fr</legend>
        {FONCTIONNALITES.map((f) => (
          <div class="case" key={f.id}>
            <input
              id={`fonctionnalite-${f.id}`}
              type="checkbox"
              checked={etats?.[f.id] ?? false}
              aria-describedby={`fonctionnalite-${f.id}-aide`}
              onChange={(e) => void basculer(f.id, e.currentTarget.checked)}
            />
            <label for={`fonctionnalite-${f.id}`}>
              {f.titre}
              <span class="aide" id={`fonctionnalite-${f.id}-aide`}>
                {f.description}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <p aria-live="polite" class={message?.erreur ? 'texte-erreur' : 'mention'}>
        {message?.texte ?? ''}
      </p>
    </section>
  );
}
