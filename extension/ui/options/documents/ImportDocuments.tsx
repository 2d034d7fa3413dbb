// Import of convention documents (PDF, scanned PDF, .docx, .odt, text), one or several at once:
// each file is read on this page (the document layer and the OCR are loaded only now, by dynamic
// import), read as a convention by the background (nothing saved), then shown for review. The
// batch is saved only when the user confirms, and all or nothing: one unreadable file, one
// invalid correction, and nothing changes in the database.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Constat, Convention } from '../../../../shared/model';
import type { DocumentLu, Progression } from '../../../../shared/lecture/document/types';
import { suggererLiens, type SuggestionLien } from '../../../../shared/registre/suggestions';
import { envoyer } from '../../../lib/envoyer';
import type { ErreurImport, ReferentielBetaGouv } from '../../../lib/messages';
import { controlesDe, type Controles } from '../../edition/controles';
import { appliquerSaisie, saisieInitiale, type Saisie } from '../../edition/saisie';
import { pluriel } from '../../libelles';
import { ListeErreurs } from '../ListeErreurs';
import { RevueConvention } from './RevueConvention';

interface ConventionLue {
  nomFichier: string;
  document: Pick<DocumentLu, 'lignes' | 'format'>;
  /** The document's text: where the startups and incubators it names are looked for. */
  texte: string;
  convention: Convention;
  constats: Constat[];
  saisie: Saisie;
  /** What the last save attempt said of this convention's fields. */
  controles: Controles;
}

type Etat =
  | { etape: 'lecture'; rang: number; total: number; nomFichier: string; progression?: Progression }
  | { etape: 'revue'; lues: ConventionLue[]; enCours: boolean; erreurs?: ErreurImport[]; /** Findings shown, to accept knowingly. */ aConfirmer?: boolean }
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
  const [referentiel, setReferentiel] = useState<ReferentielBetaGouv | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionLien[][]>([]);
  const refTitre = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void envoyer({ type: 'referentiel-betagouv' }).then((r) => r.ok && setReferentiel(r.valeur));
  }, []);
  // Once per document (its text may be long), not per keystroke.
  const lues = etat.etape === 'revue' ? etat.lues : null;
  useEffect(() => {
    if (lues && referentiel) setSuggestions(lues.map((l) => suggererLiens({ texte: l.texte }, referentiel)));
  }, [lues?.length, referentiel]);

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
            lues.push({
              nomFichier,
              document: { lignes: lu.document.lignes, format: lu.document.format },
              texte: lu.document.texte,
              convention,
              constats: tous,
              saisie: saisieInitiale(convention),
              controles: new Map(),
            });
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
    // Read in the page first: a value that cannot be read is named at its field, nothing is sent.
    const lus = etat.lues.map((l) => ({ l, r: appliquerSaisie(l.convention, l.saisie) }));
    if (lus.some(({ r }) => !r.ok)) {
      const erreurs = lus.flatMap(({ l, r }) => (r.ok ? [] : r.erreurs.map((e) => ({ message: `« ${l.nomFichier} » : ${e.message}` }))));
      return setEtat({ ...etat, lues: lus.map(({ l, r }) => ({ ...l, controles: controlesDe(r.ok ? [] : r.erreurs, [], []) })), erreurs, aConfirmer: false });
    }
    const conventions = lus.map(({ l, r }) => ({ nomFichier: l.nomFichier, lue: l.convention, convention: (r as { convention: Convention }).convention }));
    setEtat({ ...etat, enCours: true, erreurs: undefined });
    const r = await envoyer({ type: 'enregistrer-conventions', conventions, confirmer: etat.aConfirmer === true });
    if (!r.ok) return setEtat({ ...etat, enCours: false, erreurs: [{ message: r.erreur }] });
    if (!r.valeur.ok) {
      const verifications = r.valeur.verifications ?? [];
      const aConfirmer = verifications.some((v) => v) && verifications.every((v) => !v || v.aConfirmer);
      return setEtat({
        ...etat,
        enCours: false,
        erreurs: r.valeur.erreurs,
        aConfirmer,
        lues: etat.lues.map((l, i) => {
          const v = verifications[i];
          return { ...l, controles: v ? controlesDe([], v.erreurs, v.constats) : new Map() };
        }),
      });
    }
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
        Chaque champ montre le passage du document d'où il a été lu. Corrigez ce qui est faux, ajoutez ce qui manque (un champ corrigé est
        marqué « modifié à la main », avec ce qui avait été lu) et liez la convention à ses startups ou à son incubateur : c'est ce qui fait
        paraître son badge sur leurs pages de beta.gouv.fr. Les champs marqués « À vérifier » n'ont pas été trouvés ou ont été lus dans un texte
        douteux. Rien n'est enregistré tant que vous n'avez pas confirmé, et le lot est enregistré en entier ou pas du tout. Une convention déjà
        enregistrée sous le même identifiant est remplacée.
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
          // A change calls for a new check: what was said of the fields, and any acceptance, are dropped.
          onSaisie={(saisie) => setEtat({ ...etat, aConfirmer: false, lues: etat.lues.map((x, k) => (k === i ? { ...x, saisie, controles: new Map() } : x)) })}
          controles={l.controles}
          referentiel={referentiel}
          suggestions={suggestions[i] ?? []}
        />
      ))}
      {etat.erreurs && <ListeErreurs erreurs={etat.erreurs} titre={etat.aConfirmer ? 'À confirmer avant d’enregistrer' : undefined} />}
      <div class="groupe-boutons">
        <button type="button" class="bouton" onClick={() => void enregistrer()} disabled={etat.enCours}>
          {etat.aConfirmer ? 'Enregistrer malgré ces constats' : `Enregistrer ${etat.lues.length > 1 ? `les ${etat.lues.length} conventions` : 'cette convention'}`}
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={onFini} disabled={etat.enCours}>
          Annuler
        </button>
      </div>
    </section>
  );
}
