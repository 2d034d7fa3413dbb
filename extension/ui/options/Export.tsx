// Export the whole database as a registry file (JSON or CSV), re-importable as is.
import { useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { telecharger } from './telecharger';

type Etat = { etape: 'attente' } | { etape: 'en-cours'; format: Format } | { etape: 'fait'; nomFichier: string } | { etape: 'echec'; erreur: string };
type Format = 'json' | 'csv';

export function Export() {
  const [etat, setEtat] = useState<Etat>({ etape: 'attente' });

  const exporter = async (format: Format) => {
    setEtat({ etape: 'en-cours', format });
    const r = await envoyer({ type: 'exporter', format });
    if (!r.ok) return setEtat({ etape: 'echec', erreur: r.erreur });
    telecharger(r.valeur.contenu, r.valeur.nomFichier, r.valeur.type);
    setEtat({ etape: 'fait', nomFichier: r.valeur.nomFichier });
  };

  const occupe = etat.etape === 'en-cours';
  return (
    <section aria-labelledby="titre-export" class="carte">
      <h2 id="titre-export">Exporter</h2>
      <p>Toutes les conventions, leur exécution, les startups et incubateurs, dans un fichier que vous pourrez réimporter.</p>
      <div class="groupe-boutons">
        <button type="button" class="bouton bouton--secondaire" disabled={occupe} onClick={() => void exporter('json')}>
          Exporter en JSON
        </button>
        <button type="button" class="bouton bouton--secondaire" disabled={occupe} onClick={() => void exporter('csv')}>
          Exporter en CSV
        </button>
      </div>
      <div aria-live="polite">
        {etat.etape === 'en-cours' && <p class="mention">Préparation de l'export {etat.format.toUpperCase()}…</p>}
        {etat.etape === 'fait' && <p class="mention">Fichier {etat.nomFichier} téléchargé.</p>}
      </div>
      {etat.etape === 'echec' && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Export impossible :</span> {etat.erreur}
          </p>
        </div>
      )}
    </section>
  );
}
