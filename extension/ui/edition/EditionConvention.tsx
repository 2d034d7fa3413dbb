// « Modifier » on a saved convention (popup detail and dashboard): the same form as at review, checked
// as the person types (the schema and the rules, by the background, a moment after the last key),
// saved through the same checks as an import: a value refused is named at its field and nothing is
// saved; a warning the change brings is accepted knowingly. The changed fields keep their first reading.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Convention } from '../../../shared/model';
import { nomConvention } from '../../../shared/registre/nom';
import { suggererLiens } from '../../../shared/registre/suggestions';
import { envoyer } from '../../lib/envoyer';
import type { ReferentielBetaGouv } from '../../lib/messages';
import { pluriel } from '../libelles';
import { controlesDe, type Controles } from './controles';
import { FormulaireConvention } from './FormulaireConvention';
import { appliquerSaisie, saisieInitiale, type Saisie } from './saisie';

/** A check a moment after the last keystroke, not one per key. */
const DELAI_VERIFICATION_MS = 400;

type Etat =
  | { etape: 'chargement' }
  | { etape: 'introuvable'; erreur: string }
  | { etape: 'edition'; convention: Convention; saisie: Saisie; enCours: boolean; aConfirmer: boolean; erreur?: string };

export interface ProprietesEdition {
  conventionId: string;
  /** Saved (or cancelled): back to the detail. */
  onFini: (enregistre: boolean) => void;
}

export function EditionConvention({ conventionId, onFini }: ProprietesEdition) {
  const [etat, setEtat] = useState<Etat>({ etape: 'chargement' });
  const [referentiel, setReferentiel] = useState<ReferentielBetaGouv | null>(null);
  const [controles, setControles] = useState<Controles>(new Map());
  const refTitre = useRef<HTMLHeadingElement>(null);
  const numero = useRef(0);

  useEffect(() => {
    void envoyer({ type: 'detail', conventionId }).then((r) => {
      if (!r.ok) return setEtat({ etape: 'introuvable', erreur: r.erreur });
      if (!r.valeur) return setEtat({ etape: 'introuvable', erreur: "Cette convention n'est pas (ou plus) enregistrée." });
      const convention = r.valeur.convention;
      setEtat({ etape: 'edition', convention, saisie: saisieInitiale(convention), enCours: false, aConfirmer: false });
    });
    void envoyer({ type: 'referentiel-betagouv' }).then((r) => r.ok && setReferentiel(r.valeur));
  }, [conventionId]);

  useEffect(() => {
    if (etat.etape !== 'chargement') refTitre.current?.focus();
  }, [etat.etape]);

  const edition = etat.etape === 'edition' ? etat : null;
  // Checked as typed: format errors here, the schema and the rules by the background (the last answer only).
  useEffect(() => {
    if (!edition) return;
    const ceNumero = ++numero.current;
    const lu = appliquerSaisie(edition.convention, edition.saisie);
    if (!lu.ok) return setControles(controlesDe(lu.erreurs, [], []));
    const minuterie = setTimeout(() => {
      void envoyer({ type: 'verifier-convention', convention: lu.convention, reference: edition.convention }).then((r) => {
        if (ceNumero === numero.current && r.ok) setControles(controlesDe([], r.valeur.erreurs, r.valeur.constats));
      });
    }, DELAI_VERIFICATION_MS);
    return () => clearTimeout(minuterie);
  }, [edition?.saisie]);

  const suggestions = useMemo(
    () => (edition && referentiel ? suggererLiens({ convention: { ...edition.convention, startups: edition.saisie.startups, incubateur: edition.saisie.incubateur } }, referentiel) : []),
    [edition?.convention, edition?.saisie.startups, edition?.saisie.incubateur, referentiel],
  );

  const enregistrer = async () => {
    if (!edition) return;
    const lu = appliquerSaisie(edition.convention, edition.saisie);
    if (!lu.ok) {
      setControles(controlesDe(lu.erreurs, [], []));
      return setEtat({ ...edition, erreur: `${pluriel(lu.erreurs.length, 'valeur illisible', 'valeurs illisibles')}, signalée${lu.erreurs.length > 1 ? 's' : ''} à ${lu.erreurs.length > 1 ? 'leurs champs' : 'son champ'} : rien n'a été enregistré.` });
    }
    numero.current++;
    setEtat({ ...edition, enCours: true, erreur: undefined });
    const r = await envoyer({ type: 'modifier-convention', convention: lu.convention, confirmer: edition.aConfirmer });
    if (!r.ok) return setEtat({ ...edition, enCours: false, erreur: `${r.erreur} Rien n'a été enregistré.` });
    if (r.valeur.ok) return onFini(true);
    const refus = r.valeur;
    setControles(controlesDe([], refus.erreurs, refus.constats));
    const sansChamp = refus.erreurs.filter((e) => e.champ === '').map((e) => e.message);
    setEtat({
      ...edition,
      enCours: false,
      aConfirmer: refus.aConfirmer,
      erreur:
        sansChamp.join(' ') ||
        (refus.aConfirmer
          ? 'Vos modifications appellent des avertissements, signalés à leurs champs. Relisez-les, puis enregistrez malgré eux, ou corrigez.'
          : "Une valeur est refusée, signalée à son champ : rien n'a été enregistré."),
    });
  };

  if (etat.etape === 'chargement') {
    return (
      <p role="status" class="mention">
        Chargement de la convention…
      </p>
    );
  }
  if (etat.etape === 'introuvable') {
    return (
      <div class="alerte alerte--erreur" role="alert">
        <h1 tabIndex={-1} ref={refTitre} class="alerte__type">
          Convention introuvable
        </h1>
        <p>{etat.erreur}</p>
      </div>
    );
  }
  return (
    <form
      class="edition-convention"
      aria-labelledby="edition-titre"
      onSubmit={(e) => {
        e.preventDefault();
        void enregistrer();
      }}
    >
      <h1 id="edition-titre" tabIndex={-1} ref={refTitre}>
        Modifier : {nomConvention(etat.convention)}
      </h1>
      <p class="mention">
        Chaque champ modifié est marqué « modifié à la main » avec ce qui avait été lu ; une synchronisation ne le remplace pas sans vous le
        dire. Rien n'est enregistré avant « Enregistrer ».
      </p>
      <FormulaireConvention
        prefixe="edition"
        convention={etat.convention}
        saisie={etat.saisie}
        onSaisie={(saisie) => setEtat({ ...etat, saisie, aConfirmer: false, erreur: undefined })}
        controles={controles}
        referentiel={referentiel}
        suggestions={suggestions}
      />
      {etat.erreur && (
        <div class={`alerte ${etat.aConfirmer ? 'alerte--avertissement' : 'alerte--erreur'}`} role="alert">
          <p>{etat.erreur}</p>
        </div>
      )}
      <div class="groupe-boutons">
        <button type="submit" class="bouton" disabled={etat.enCours}>
          {etat.aConfirmer ? 'Enregistrer malgré ces avertissements' : 'Enregistrer les modifications'}
        </button>
        <button type="button" class="bouton bouton--secondaire" disabled={etat.enCours} onClick={() => onFini(false)}>
          Annuler
        </button>
      </div>
    </form>
  );
}
