// Import of convention documents (PDF, scanned PDF, .docx, .odt, text), one or several at once:
// each file is read on this page (the document layer and the OCR are loaded only now, by dynamic
// import), read as a convention by the background (nothing saved), then shown for review. The
// batch is saved only when the user confirms, and all or nothing: one unreadable file, one
// invalid correction, and nothing changes in the database.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Constat, Convention } from '../../../../shared/model';
import type { DocumentLu, Progression } from '../../../../shared/lecture/document/types';
import { envoyer } from '../../../lib/envoyer';
import type { ErreurImport } from '../../../lib/messages';
import { pluriel } from '../../libelles';
import { ListeErreurs } from '../ListeErreurs';
import { RevueConvention } from './RevueConvention';
import { appliquerSaisie, saisieInitiale, type Saisie } from './saisie';

interface ConventionLue {
  nomFichier: string;
  document: Pick<DocumentLu, 'lignes' | 'format'>;
  convention: Convention;
  constats: Constat[];
  saisie: Saisie;
}

type Etat =
  | { etape: 'lecture'; rang: number; total: number; nomFichier: string; progression?: Progression }
  | { etape: 'revue'; lues: ConventionLue[]; enCours: boolean; erreurs?: ErreurImport[] }
  | { etape: 'refuse'; erreurs: ErreurImport[] };

/** Time allowed for one document; a scan is recognised page by page at a few seconds a page. */
const DUREE_DOCUMENT_MS = 5 * 60_000;

async function lireUnDocument(fichier: File, surProgression: (p: Progression) => void, ocr: import('../../../../shared/lecture/document/tesseract').LecteurOcrArretable) {
  const nom = fichier.name || 'fichier sans nom';
  const { lireDocument } = await import('../../../../shared/lecture/document');
  const octets = new Uint8Array(await fichier.arrayBuffer());
  return lireDocument(octets, { nom, surProgression, signal: AbortSignal.timeout(DUREE_DOCUMENT_MS), ocr });
}

interface Props {
  fichiers: File[];
  /** Saved: the number of conventions. */
  onReussi: (nombre: number) => void;
  /** Cancelled or refused: back to the file picker. */
  onFini: () => void;
}

export function ImportDocuments({ fichiers, onReussi, onFini }: Props) {
  const [etat, setEtat] = useState<Etat>({ etape: 'lecture', rang: 1, total: fichiers.length, nomFichier: fichiers[0]?.name ?? '' });
  const refTitre = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let annule = false;
    void (async () => {
      // One OCR worker for the whole batch, started only if a scanned page comes up.
      const { creerLecteurOcrPage } = await import('./ocr-extension');
      const ocr = creerLecteurOcrPage();
      const lues: ConventionLue[] = [];
      const erreurs: ErreurImport[] = [];
      try {
        for (const [i, fichier] of fichiers.entries()) {
          const nomFichier = fichier.name || 'fichier sans nom';
          if (annule) return;
          setEtat({ etape: 'lecture', rang: i + 1, total: fichiers.length, nomFichier });
          const lu = await lireUnDocument(fichier, (progression) => !annule && setEtat({ etape: 'lecture', rang: i + 1, total: fichiers.length, nomFichier, progression }), ocr);
          if (!lu.ok) {
            erreurs.push({ message: lu.erreur });
            continue;
          }
          const r = await envoyer({ type: 'importer', contenu: lu.document.texte, nomFichier, format: 'texte' });
          if (!r.ok) erreurs.push({ message: `« ${nomFichier} » : ${r.erreur}` });
          else if (!r.valeur.ok) erreurs.push(...r.valeur.erreurs.map((e) => ({ ...e, message: `« ${nomFichier} » : ${e.message}` })));
          else if (r.valeur.apercu) {
            const { convention, constats } = r.valeur.apercu;
            const { constatsDuDocument, REGLE_ECHEANCIER_NON_LU } = await import('../../../../shared/lecture/document/revue');
            const duDocument = constatsDuDocument(convention, lu.document);
            // A table seen but not read is said with its page: the rule's « no échéancier » would say it twice.
            const nonLu = duDocument.some((c) => c.regle === REGLE_ECHEANCIER_NON_LU);
            const tous = [...duDocument, ...constats.filter((c) => !(nonLu && c.regle === 'echeancier-absent'))];
            lues.push({ nomFichier, document: { lignes: lu.document.lignes, format: lu.document.format }, convention, constats: tous, saisie: saisieInitiale(convention) });
          }
        }
      } finally {
        await ocr.terminer();
      }
      if (annule) return;
      // All or nothing from the start: a batch with an unreadable file is not offered for saving.
      setEtat(erreurs.length ? { etape: 'refuse', erreurs } : { etape: 'revue', lues, enCours: false });
    })();
    return () => {
      annule = true;
    };
  }, [fichiers]);

  useEffect(() => {
    if (etat.etape !== 'lecture') refTitre.current?.focus();
  }, [etat.etape]);

  const enregistrer = async () => {
    if (etat.etape !== 'revue') return;
    const erreurs: ErreurImport[] = [];
    const conventions: { nomFichier: string; convention: Convention }[] = [];
    for (const l of etat.lues) {
      const r = appliquerSaisie(l.convention, l.saisie);
      if (r.ok) conventions.push({ nomFichier: l.nomFichier, convention: r.convention });
      else erreurs.push(...r.erreurs.map((message) => ({ message: `« ${l.nomFichier} » : ${message}` })));
    }
    if (erreurs.length) return setEtat({ ...etat, erreurs });
    setEtat({ ...etat, enCours: true, erreurs: undefined });
    const r = await envoyer({ type: 'enregistrer-conventions', conventions });
    if (!r.ok) return setEtat({ ...etat, enCours: false, erreurs: [{ message: r.erreur }] });
    if (!r.valeur.ok) return setEtat({ ...etat, enCours: false, erreurs: r.valeur.erreurs });
    onReussi(r.valeur.nombre);
  };

  if (etat.etape === 'lecture') {
    const { progression } = etat;
    return (
      <div class="import__progres" aria-live="polite">
        <label for="progres-documents">
          Lecture de {etat.nomFichier} ({etat.rang} sur {etat.total})
          {progression ? ` : ${progression.etape}, page ${Math.min(progression.fait + 1, progression.total)} sur ${progression.total}` : '…'}
        </label>
        {progression ? (
          <progress id="progres-documents" class="progression" max={Math.max(progression.total, 1)} value={progression.fait} />
        ) : (
          <progress id="progres-documents" class="progression" />
        )}
      </div>
    );
  }
  if (etat.etape === 'refuse') {
    return (
      <div>
        <ListeErreurs erreurs={etat.erreurs} />
        <button type="button" class="bouton bouton--secondaire" onClick={onFini}>
          Choisir d'autres fichiers
        </button>
      </div>
    );
  }
  return (
    <section class="apercu" aria-labelledby="revue-titre">
      <h3 id="revue-titre" tabIndex={-1} ref={refTitre}>
        À vérifier avant d'enregistrer : {pluriel(etat.lues.length, 'convention lue', 'conventions lues')}
      </h3>
      <p class="mention">
        Chaque champ montre le passage du document d'où il a été lu. Corrigez ce qui est faux ; les champs marqués « À vérifier » n'ont pas été
        trouvés ou ont été lus dans un texte douteux. Rien n'est enregistré tant que vous n'avez pas confirmé, et le lot est enregistré en entier
        ou pas du tout. Une convention déjà enregistrée sous le même identifiant est remplacée.
      </p>
      {etat.lues.map((l, i) => (
        <RevueConvention
          key={l.nomFichier + i}
          prefixe={`revue-${i}`}
          nomFichier={l.nomFichier}
          convention={l.convention}
          document={l.document}
          constats={l.constats}
          saisie={l.saisie}
          onSaisie={(saisie) => setEtat({ ...etat, lues: etat.lues.map((x, k) => (k === i ? { ...x, saisie } : x)) })}
        />
      ))}
      {etat.erreurs && <ListeErreurs erreurs={etat.erreurs} />}
      <div class="groupe-boutons">
        <button type="button" class="bouton" onClick={() => void enregistrer()} disabled={etat.enCours}>
          Enregistrer {etat.lues.length > 1 ? `les ${etat.lues.length} conventions` : 'cette convention'}
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={onFini} disabled={etat.enCours}>
          Annuler
        </button>
      </div>
    </section>
  );
}
