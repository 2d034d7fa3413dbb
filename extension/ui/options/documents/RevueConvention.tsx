// Review of one convention read from a document: the edit form, each field with the excerpt it was
// read from (« lu page 3 : « … » ») until a person changes it (then « modifié à la main » and the
// value first read); a field the reader could not find, or read from a line the OCR doubted or a
// finding points at, is marked « à vérifier » in words (not only in colour).
import type { Constat, Convention } from '../../../../shared/model';
import { champsDouteux, REGLE_ECHEANCIER_NON_LU, sourceDuChamp } from '../../../../shared/lecture/document/revue';
import type { DocumentLu } from '../../../../shared/lecture/document/types';
import type { SuggestionLien } from '../../../../shared/registre/suggestions';
import type { ReferentielBetaGouv } from '../../../lib/messages';
import { ListeConstats } from '../../detail/ListeConstats';
import type { Controles } from '../../edition/controles';
import { extrait } from '../../edition/extrait';
import { FormulaireConvention } from '../../edition/FormulaireConvention';
import { CHAMPS, type Saisie } from '../../edition/saisie';
import './revue.css';

/** The fields every convention has: not finding one is « à vérifier ». */
const ESSENTIELS = new Set(CHAMPS.filter((d) => d.essentiel).map((d) => d.chemin));

interface Props {
  /** Unique among the batch: prefixes the ids of the inputs. */
  prefixe: string;
  nomFichier: string;
  convention: Convention;
  document: Pick<DocumentLu, 'lignes' | 'format'>;
  constats: Constat[];
  saisie: Saisie;
  onSaisie: (s: Saisie) => void;
  controles: Controles;
  referentiel: ReferentielBetaGouv | null;
  suggestions: readonly SuggestionLien[];
}

export function RevueConvention({ prefixe, nomFichier, convention, document, constats, saisie, onSaisie, controles, referentiel, suggestions }: Props) {
  const douteux = champsDouteux(constats);
  const nonLu = constats.find((c) => c.regle === REGLE_ECHEANCIER_NON_LU);
  // A finding placed on the line a field was read from puts that field in doubt too.
  const lignesEnCause = new Set(constats.filter((c) => c.gravite !== 'information' && c.position?.ligne).map((c) => c.position!.ligne!));
  const enDoute = (champ: string): boolean => {
    const ligne = convention.sources?.[champ];
    return douteux.has(champ.split('.')[0]!) || (ligne !== undefined && lignesEnCause.has(ligne));
  };
  const source = (champ: string, valeurLue: string) => {
    const s = sourceDuChamp(convention, document, champ);
    // An optional field the document does not give (a title, a party's full name) is no cause for doubt.
    if (!s && !valeurLue && !ESSENTIELS.has(champ) && !champ.startsWith('echeancier.')) return null;
    if (!s) {
      return (
        <p class="edition__source edition__source--manquant">
          <strong>À vérifier :</strong> non trouvé dans le document{valeurLue ? '' : ', saisissez-le'}.
        </p>
      );
    }
    const confiance = s.confiance !== undefined ? ` (texte reconnu à ${Math.round(s.confiance)} %)` : '';
    return (
      <p class={`edition__source${enDoute(champ) ? ' edition__source--douteux' : ''}`}>
        {enDoute(champ) && <strong>À vérifier : </strong>}
        lu page {s.page} : « {extrait(s.texte, valeurLue)} »{confiance}
      </p>
    );
  };
  const titre = `${prefixe}-titre`;
  return (
    <section class="revue" aria-labelledby={titre}>
      <h4 id={titre}>
        {nomFichier}
        {document.format === 'pdf-scanne' ? ' (PDF scanné, texte reconnu par OCR)' : ''}
      </h4>
      <FormulaireConvention
        prefixe={prefixe}
        convention={convention}
        saisie={saisie}
        onSaisie={onSaisie}
        controles={controles}
        referentiel={referentiel}
        suggestions={suggestions}
        source={source}
        enDoute={(champ) => enDoute(champ) || (ESSENTIELS.has(champ) && !convention.sources?.[champ])}
        {...(nonLu ? { echeancierNonLu: nonLu.message } : {})}
      />
      {constats.length > 0 && (
        <details>
          <summary>Constats de la lecture ({constats.length})</summary>
          <ListeConstats constats={constats} echeancier={convention.echeancier} />
        </details>
      )}
    </section>
  );
}
