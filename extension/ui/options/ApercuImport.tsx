// Review of a convention text before it is saved: what the reader understood (parties, dates,
// budget line, échéancier) and what the rules found, so the user can check it against the PDF.
import { useEffect, useRef } from 'preact/hooks';
import type { ApercuConvention } from '../../lib/messages';
import { ListeConstats } from '../detail/ListeConstats';
import { References } from '../detail/References';
import { TableEcheancier } from '../detail/TableEcheancier';
import { PastilleNiveau } from '../PastilleNiveau';

interface Props {
  apercu: ApercuConvention;
  nomFichier?: string;
  enCours: boolean;
  onEnregistrer: () => void;
  onAnnuler: () => void;
}

export function ApercuImport({ apercu, nomFichier, enCours, onEnregistrer, onAnnuler }: Props) {
  const { convention, constats, statut, resume } = apercu;
  const refTitre = useRef<HTMLHeadingElement>(null);
  // The review replaces the file picker's neighbourhood: move focus to it so it is read out.
  useEffect(() => refTitre.current?.focus(), []);
  return (
    <section class="apercu" aria-labelledby="apercu-titre">
      <h3 id="apercu-titre" tabIndex={-1} ref={refTitre}>
        À vérifier avant d'enregistrer : {resume.libelle}
      </h3>
      <p class="mention">
        Voici ce que Jauge a lu{nomFichier ? ` dans ${nomFichier}` : ''}. Comparez avec la convention signée ; rien n'est
        enregistré tant que vous n'avez pas confirmé.
      </p>
      <p class="detail__statut">
        <PastilleNiveau niveau={statut.niveau} texte={resume.texteNiveau} phase={statut.phase} /> <span>{resume.texteBadge}</span>
      </p>
      <References convention={convention} avecLiens />
      <TableEcheancier echeancier={convention.echeancier} statut={statut} />
      <h4>Constats ({constats.length})</h4>
      <ListeConstats constats={constats} echeancier={convention.echeancier} />
      <div class="groupe-boutons">
        <button type="button" class="bouton" onClick={onEnregistrer} disabled={enCours}>
          Enregistrer cette convention
        </button>
        <button type="button" class="bouton bouton--secondaire" onClick={onAnnuler} disabled={enCours}>
          Annuler
        </button>
      </div>
    </section>
  );
}
