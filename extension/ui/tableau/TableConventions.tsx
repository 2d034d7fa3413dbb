// The dashboard's table: one row per convention shown, sortable on every column (a button in each
// header, aria-sort on the header cell), virtualised (only the rows in view and a margin are in
// the DOM, spacer rows keep the scroll height) so that 5 000 rows scroll smoothly. The print view
// renders every row. A row's first cell is a button that opens the convention's detail. The table
// fits its box (no sideways scroll from 1 280 px): names and periods wrap on two lines, amounts and
// dates keep their width, the next key date comes right after the status, and the columns a person
// does not need can be hidden (« Colonnes »).
import { useEffect, useRef, useState } from 'preact/hooks';
import { formaterDateCourte } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';
import { compteARebours } from '../../../shared/portefeuille/calendrier';
import { texteStatut } from '../../../shared/portefeuille/colonnes';
import type { ColonneTri, Tri } from '../../../shared/portefeuille/filtres';
import type { LignePortefeuille } from '../../../shared/portefeuille/ligne';
import { PastilleNiveau } from '../PastilleNiveau';
import type { ColonneFacultative } from './vue';

/** Row height in px (fixed by the stylesheet: two lines per cell at most, ellipsis beyond). */
export const HAUTEUR_LIGNE = 52;
/** Rows rendered above and below the visible ones. */
const MARGE = 15;

interface Props {
  lignes: readonly LignePortefeuille[];
  tri: Tri;
  onTri: (tri: Tri) => void;
  onOuvrir: (id: string) => void;
  /** Print view: every row, no virtualisation. */
  toutes: boolean;
  /** Columns hidden (« Colonnes »). */
  masquees: readonly ColonneFacultative[];
}

interface Colonne {
  /** The sort key (`niveau` sorts the status: worst first, then running, coming, ended). */
  id: ColonneTri;
  titre: string;
  abbr?: string;
  classe: string;
  facultative?: ColonneFacultative;
}

/** In display order; their widths are the stylesheet's (`.col-…`). */
export const COLONNES: readonly Colonne[] = [
  { id: 'startups', titre: 'Startup(s)', classe: 'col-qui' },
  { id: 'partenaire', titre: 'Partenaire', classe: 'col-partenaire' },
  { id: 'niveau', titre: 'Statut', classe: 'col-statut' },
  { id: 'prochaineDate', titre: 'Prochaine date clé', classe: 'col-date' },
  { id: 'ae', titre: 'AE', abbr: "Autorisations d'engagement", classe: 'col-montant nombre', facultative: 'ae' },
  { id: 'cp', titre: 'CP', abbr: 'Crédits de paiement', classe: 'col-montant nombre', facultative: 'cp' },
  { id: 'consommation', titre: 'Engagé', classe: 'col-taux nombre', facultative: 'consommation' },
  { id: 'uo', titre: 'UO', classe: 'col-uo', facultative: 'uo' },
  { id: 'periode', titre: 'Période', classe: 'col-periode', facultative: 'periode' },
];

const POURCENT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

function periode(l: LignePortefeuille): string {
  const debut = l.debut ? formaterDateCourte(l.debut) : '?';
  const fin = l.fin ? formaterDateCourte(l.fin) : '?';
  return `${debut} – ${fin}`;
}

export function qui(l: LignePortefeuille): string {
  return l.startups.join(', ') || l.titre || (l.incubateur ? `Incubateur ${l.incubateur}` : l.nom);
}

function Cellule({ colonne, l }: { colonne: Colonne; l: LignePortefeuille }) {
  switch (colonne.id) {
    case 'partenaire':
      return (
        <td class={colonne.classe}>
          <span class="deux-lignes">{l.partenaire}</span>
        </td>
      );
    case 'niveau':
      return (
        <td class={colonne.classe}>
          <PastilleNiveau niveau={l.niveau} texte={texteStatut(l.niveau, l.phase)} phase={l.phase} />
        </td>
      );
    case 'prochaineDate':
      return (
        <td class={colonne.classe} title={l.prochaineDate?.libelle}>
          {l.prochaineDate ? (
            <>
              <time dateTime={l.prochaineDate.date}>{formaterDateCourte(l.prochaineDate.date)}</time>{' '}
              <strong>{compteARebours(l.prochaineDate.jours)}</strong>
            </>
          ) : (
            '—'
          )}
        </td>
      );
    case 'ae':
    case 'cp':
      // A FAST partnership delegates nothing: its amount is the DINUM's fund, said as such.
      if (l.ventilation.length === 0 && l.fast) return <td class={colonne.classe}>{colonne.id === 'ae' ? `FAST ${formaterMontant(l.fast.montant)}` : '—'}</td>;
      return <td class={colonne.classe}>{formaterMontant(l[colonne.id])}</td>;
    case 'consommation':
      return <td class={colonne.classe}>{l.tauxEngagement === null ? '—' : `${POURCENT.format(l.tauxEngagement)}\u202f%`}</td>;
    case 'uo':
      return (
        <td class={colonne.classe} title={l.uo ?? undefined}>
          <span class="deux-lignes">{l.uo ?? '—'}</span>
        </td>
      );
    case 'periode':
      return (
        <td class={colonne.classe}>
          <span class="deux-lignes">{periode(l)}</span>
        </td>
      );
    default:
      return <td class={colonne.classe} />;
  }
}

function Ligne({ l, rang, colonnes, onOuvrir }: { l: LignePortefeuille; rang: number; colonnes: readonly Colonne[]; onOuvrir: (id: string) => void }) {
  return (
    <tr aria-rowindex={rang + 2} data-convention={l.id} onClick={() => onOuvrir(l.id)}>
      <th scope="row" class="col-qui">
        <button type="button" class="lien-bouton deux-lignes" onClick={(e) => (e.stopPropagation(), onOuvrir(l.id))} title={qui(l)}>
          {qui(l)}
        </button>
      </th>
      {colonnes.slice(1).map((c) => (
        <Cellule key={c.id} colonne={c} l={l} />
      ))}
    </tr>
  );
}

/** Stands for the rows not rendered, so that the scroll bar is the full table's. */
function Espaceur({ hauteur, colonnes }: { hauteur: number; colonnes: number }) {
  return (
    <tr class="espaceur" aria-hidden="true">
      <td colSpan={colonnes} style={{ height: `${hauteur}px` }} />
    </tr>
  );
}

export function TableConventions({ lignes, tri, onTri, onOuvrir, toutes, masquees }: Props) {
  const colonnes = COLONNES.filter((c) => !c.facultative || !masquees.includes(c.facultative));
  const refZone = useRef<HTMLDivElement>(null);
  const [fenetre, setFenetre] = useState({ haut: 0, hauteur: 800 });

  useEffect(() => {
    const zone = refZone.current;
    if (!zone) return;
    let image = 0;
    const mesurer = () => {
      image = 0;
      setFenetre({ haut: zone.scrollTop, hauteur: zone.clientHeight || 800 });
    };
    // One update per frame, however many scroll events.
    const defiler = () => {
      if (!image) image = requestAnimationFrame(mesurer);
    };
    zone.addEventListener('scroll', defiler, { passive: true });
    window.addEventListener('resize', defiler);
    mesurer();
    return () => {
      zone.removeEventListener('scroll', defiler);
      window.removeEventListener('resize', defiler);
      if (image) cancelAnimationFrame(image);
    };
  }, []);

  const debut = toutes ? 0 : Math.max(0, Math.floor(fenetre.haut / HAUTEUR_LIGNE) - MARGE);
  const fin = toutes ? lignes.length : Math.min(lignes.length, Math.ceil((fenetre.haut + fenetre.hauteur) / HAUTEUR_LIGNE) + MARGE);

  const trierPar = (colonne: ColonneTri) =>
    onTri({ colonne, sens: tri.colonne === colonne && tri.sens === 'asc' ? 'desc' : 'asc' });

  return (
    <div class="tableau-virtuel" ref={refZone} tabIndex={0} role="region" aria-labelledby="titre-table">
      <table class="tableau tableau--conventions" aria-rowcount={lignes.length + 1}>
        <caption id="titre-table" class="sr-only">
          Conventions affichées ; les boutons d'en-tête trient le tableau.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {colonnes.map((c) => {
              const actif = tri.colonne === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  class={c.classe}
                  aria-sort={actif ? (tri.sens === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" class="tri" onClick={() => trierPar(c.id)} data-colonne={c.id}>
                    {c.abbr ? <abbr title={c.abbr}>{c.titre}</abbr> : c.titre}
                    <span class="tri__sens" aria-hidden="true">
                      {actif ? (tri.sens === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                    {actif && <span class="sr-only">{tri.sens === 'asc' ? ' (croissant)' : ' (décroissant)'}</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {debut > 0 && <Espaceur hauteur={debut * HAUTEUR_LIGNE} colonnes={colonnes.length} />}
          {lignes.slice(debut, fin).map((l, i) => (
            <Ligne key={l.id} l={l} rang={debut + i} colonnes={colonnes} onOuvrir={onOuvrir} />
          ))}
          {fin < lignes.length && <Espaceur hauteur={(lignes.length - fin) * HAUTEUR_LIGNE} colonnes={colonnes.length} />}
        </tbody>
      </table>
      {lignes.length === 0 && <p class="mention vide">Aucune convention ne correspond à ces filtres.</p>}
    </div>
  );
}
