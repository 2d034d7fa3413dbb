// Import a registry (JSON or CSV), read here with a progress bar and handed to the background, which
// validates it and saves all of it or nothing; or conventions (PDF, scans, .docx, .odt, texts), read
// and shown for review, every field editable, saved only once the person confirms (ImportDocuments).
import { useRef, useState } from 'preact/hooks';
import { envoyer } from '../../lib/envoyer';
import type { ErreurImport } from '../../lib/messages';
import { pluriel } from '../libelles';
import { ImportDocuments } from './documents/ImportDocuments';
import { ListeErreurs } from './ListeErreurs';
import { lireFichier, megaOctets } from './lireFichier';
import { LIBELLE_TAILLE_IMPORT } from '../../lib/limites';

type Etat =
  | { etape: 'attente' }
  | { etape: 'lecture'; nomFichier: string; lus: number; total: number }
  | { etape: 'verification'; nomFichier: string }
  | { etape: 'reussi'; nomFichier: string; nombre: number }
  | { etape: 'refuse'; nomFichier: string; erreurs: ErreurImport[] }
  | { etape: 'echec'; nomFichier?: string; erreur: string }
  | { etape: 'documents'; fichiers: File[] };

/** A registry goes through the single-file path; conventions (documents and texts) through the review. */
const REGISTRE = /\.(json|csv|tsv)$/i;

const POURCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

export function Import({ onImporte }: { onImporte?: () => void }) {
  const [etat, setEtat] = useState<Etat>({ etape: 'attente' });
  const [survol, setSurvol] = useState(false);
  const refChamp = useRef<HTMLInputElement>(null);
  const occupe = etat.etape === 'lecture' || etat.etape === 'verification' || etat.etape === 'documents';

  const importer = async (fichier: File) => {
    const nomFichier = fichier.name || 'fichier sans nom';
    setEtat({ etape: 'lecture', nomFichier, lus: 0, total: fichier.size });
    const lu = await lireFichier(fichier, (lus, total) => setEtat({ etape: 'lecture', nomFichier, lus, total }));
    if (!lu.ok) return setEtat({ etape: 'echec', nomFichier, erreur: lu.erreur });
    setEtat({ etape: 'verification', nomFichier });
    const r = await envoyer({ type: 'importer', contenu: lu.texte, nomFichier });
    if (!r.ok) return setEtat({ etape: 'echec', nomFichier, erreur: r.erreur });
    const reponse = r.valeur;
    if (!reponse.ok) return setEtat({ etape: 'refuse', nomFichier, erreurs: reponse.erreurs });
    setEtat({ etape: 'reussi', nomFichier, nombre: reponse.enregistre ? reponse.nombre : 0 });
    onImporte?.();
  };

  const choisir = (liste: FileList | null | undefined) => {
    const fichiers = [...(liste ?? [])];
    if (!fichiers.length || occupe) return;
    if (fichiers.length === 1 && REGISTRE.test(fichiers[0]!.name)) return void importer(fichiers[0]!);
    const registres = fichiers.filter((f) => /\.(json|csv|tsv)$/i.test(f.name));
    if (registres.length) {
      return setEtat({ etape: 'echec', nomFichier: registres[0]!.name, erreur: 'Un registre (JSON ou CSV) s\'importe seul, pas avec des documents.' });
    }
    setEtat({ etape: 'documents', fichiers });
  };

  return (
    <section aria-labelledby="titre-import" class="carte">
      <h2 id="titre-import">Importer</h2>
      <p>
        Un registre de conventions au format JSON ou CSV (une ligne par convention et par année), ou des conventions :
        PDF (même scanné), Word (.docx), OpenDocument (.odt) ou texte, une ou plusieurs à la fois. Chaque convention lue vous
        est montrée pour vérification avant d'être enregistrée. L'import est tout ou rien : au moindre défaut, rien n'est modifié.
      </p>
      <div
        class={`depot${survol ? ' depot--survol' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setSurvol(true);
        }}
        onDragLeave={() => setSurvol(false)}
        onDrop={(e) => {
          e.preventDefault();
          setSurvol(false);
          choisir(e.dataTransfer?.files);
        }}
      >
        <label for="fichier-import" class="etiquette">
          Choisir un ou plusieurs fichiers
          <span class="aide">
            JSON, CSV, PDF, .docx, .odt ou texte ; {LIBELLE_TAILLE_IMPORT} au plus par document. Vous pouvez aussi les déposer dans ce cadre.
          </span>
        </label>
        <input
          id="fichier-import"
          ref={refChamp}
          type="file"
          multiple
          accept=".json,.csv,.txt,.md,.pdf,.docx,.odt,application/json,text/csv,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          disabled={occupe}
          onChange={(e) => {
            choisir(e.currentTarget.files);
            e.currentTarget.value = ''; // the same file can be chosen again after a fix
          }}
        />
      </div>

      <div aria-live="polite" class="import__etat">
        {etat.etape === 'lecture' && (
          <div class="import__progres">
            <label for="progres-import">
              Lecture de {etat.nomFichier} ({megaOctets(etat.total)}) :{' '}
              {POURCENT.format(etat.total ? etat.lus / etat.total : 1)}
            </label>
            <progress id="progres-import" class="progression" max={Math.max(etat.total, 1)} value={etat.lus} />
          </div>
        )}
        {etat.etape === 'verification' && (
          <div class="import__progres">
            <label for="progres-import">Vérification de {etat.nomFichier}…</label>
            <progress id="progres-import" class="progression" />
          </div>
        )}
        {etat.etape === 'reussi' && (
          <div class="alerte alerte--succes" role="status">
            <p>
              <span class="alerte__type">Import réussi :</span> {pluriel(etat.nombre, 'convention enregistrée', 'conventions enregistrées')}{' '}
              depuis {etat.nomFichier}.
            </p>
          </div>
        )}
      </div>
      {etat.etape === 'refuse' && <ListeErreurs erreurs={etat.erreurs} nomFichier={etat.nomFichier} />}
      {etat.etape === 'echec' && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Import impossible{etat.nomFichier ? ` (${etat.nomFichier})` : ''} :</span>{' '}
            {etat.erreur} Rien n'a été modifié.
          </p>
        </div>
      )}
      {etat.etape === 'documents' && (
        <ImportDocuments
          fichiers={etat.fichiers}
          onReussi={(nombre) => {
            setEtat({ etape: 'reussi', nomFichier: etat.fichiers.map((f) => f.name).join(', '), nombre });
            onImporte?.();
          }}
          onFini={() => {
            setEtat({ etape: 'attente' });
            refChamp.current?.focus();
          }}
        />
      )}
    </section>
  );
}
