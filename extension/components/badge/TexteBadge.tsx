// A badge's words, in the DSFR's capitals, with the amounts' units as written (« 300 k€ », never « K€ »).
import { morceauxAvecUnites } from './textes';

export function TexteBadge({ texte }: { texte: string }) {
  return (
    <>
      {morceauxAvecUnites(texte).map((m, i) =>
        m.unite ? (
          <span key={i} class="jauge-unite">
            {m.texte}
          </span>
        ) : (
          m.texte
        ),
      )}
    </>
  );
}
