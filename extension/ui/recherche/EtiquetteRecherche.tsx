// The search box's label and hint, the same words in the popup and the dashboard.
interface Props {
  /** The input's id. */
  pour: string;
  /** The hint's id, for the input's aria-describedby. */
  idAide: string;
  texte: string;
}

export function EtiquetteRecherche({ pour, idAide, texte }: Props) {
  return (
    <label for={pour} class="etiquette">
      {texte}
      <span class="aide" id={idAide}>
        Startup, partenaire (sigle ou nom), UO ou centre financier, année
      </span>
    </label>
  );
}
