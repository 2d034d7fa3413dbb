// Export the whole database as a registry file (JSON or CSV), re-importable as is.
import { useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import { EtatExport } from '../EtatExport';
import { telecharger } from './telecharger';

type Format = 'json' | 'csv';

export function Export() {
  const [etat, setEtat] = useState<EtatExport>({ etape: 'attente' });

  const exporter = async (format: Format) => {
    setEtat({ etape: 'en-cours', format });
    const r = await envoyer({ type: 'exporter', format });
    if (!r.ok) return setEtat({ etape: 'echec', erreur: r.erreur });
    telecharger(r.valeur.contenu, r.valeur.nomFichier, r.valeur.type);
    setEtat({ etape: 'fait', message: `Fichier ${r.valeur.nomFichier} téléchargé.` });
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
      <EtatExport etat={etat} />
    </section>
  );
}
