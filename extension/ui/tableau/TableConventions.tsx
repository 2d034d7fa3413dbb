// The dashboard's table: one row per convention shown, sortable on every column (a button in each
// header, aria-sort on the header cell), virtualised (only the rows in view and a margin are in
// the DOM, spacer rows keep the scroll height) so that 5 000 rows scroll smoothly. The print view
// renders every row. A row's first cell is a button that opens the convention's detail.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formaterDateCourte } from '../../../shared/dates';
import { formaterMontant } from '../../../shared/montant';
import { compteARebours } from '../../../shared/portefeuille/calendrier';
import { TEXTE_NIVEAU, TEXTE_PHASE } from '../../../shared/portefeuille/colonnes';
import type { ColonneTri, Tri } from '../../../shared/portefeuille/filtres';
import type { LignePortefeuille } from '../../../shared/portefeuille/ligne';
import { PastilleNiveau } from '../PastilleNiveau';

/** Row height in px (fixed by the stylesheet: one line per cell, ellipsis beyond). */
export const HAUTEUR_LIGNE = 40;
/** Rows rendered above and below the visible ones. */
const MARGE = 15;

interface Props {
  lignes: readonly LignePortefeuille[];
  tri: Tri;
  onTri: (tri: Tri) => void;
  onOuvrir: (id: string) => void;
  /** Print view: every row, no virtualisation. */
  toutes: boolean;
}

const COLONNES: { id: ColonneTri; titre: string; abbr?: string; classe?: string }[] = [
  { id: 'startups', titre: 'Startup(s)' },
  { id: 'partenaire', titre: 'Partenaire' },
  { id: 'uo', titre: 'UO' },
  { id: 'periode', titre: 'Période' },
  { id: 'phase', titre: 'Phase' },
  { id: 'niveau', titre: 'Niveau' },
  { id: 'ae', titre: 'AE', abbr: "Autorisations d'engagement", classe: 'nombre' },
  { id: 'cp', titre: 'CP', abbr: 'Crédits de paiement', classe: 'nombre' },
  { id: 'consommation', titre: 'Engagé', classe: 'nombre' },
  { id: 'prochaineDate', titre: 'Prochaine date clé' },
];

const POURCENT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

function periode(l: LignePortefeuille): string {
  const debut = l.debut ? formaterDateCourte(l.debut) : '?';
  const fin = l.fin ? formaterDateCourte(l.fin) : '?';
  return `${debut} – ${fin}`;
}

export function qui(l: LignePortefeuille): string {
  return l.startups.join(', ') || l.titre || (l.incubateur ? `Incubateur ${l.incubateur}` : l.id);
}

function Ligne({ l, rang, onOuvrir }: { l: LignePortefeuille; rang: number; onOuvrir: (id: string) => void }) {
  return (
    <tr aria-rowindex={rang + 2} data-convention={l.id} onClick={() => onOuvrir(l.id)}>
      <th scope="row">
        <button type="button" class="lien-bouton" onClick={(e) => (e.stopPropagation(), onOuvrir(l.id))} title={qui(l)}>
          {qui(l)}
        </button>
      </th>
      <td>{l.partenaire}</td>
      <td title={l.uo ?? undefined}>{l.uo ?? '—'}</td>
      <td>{periode(l)}</td>
      <td>{TEXTE_PHASE[l.phase]}</td>
      <td>
        <PastilleNiveau niveau={l.niveau} texte={TEXTE_NIVEAU[l.niveau]} phase={l.phase} />
      </td>
      <td class="nombre">{formaterMontant(l.ae)}</td>
      <td class="nombre">{formaterMontant(l.cp)}</td>
      <td class="nombre">{l.tauxEngagement === null ? '—' : `${POURCENT.format(l.tauxEngagement)}\u202f%`}</td>
      <td title={l.prochaineDate?.libelle}>
        {l.prochaineDate ? (
          <>
            <time dateTime={l.prochaineDate.date}>{formaterDateCourte(l.prochaineDate.date)}</time>{' '}
            <strong>{compteARebours(l.prochaineDate.jours)}</strong>
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

/** Stands for the rows not rendered, so that the scroll bar is the full table's. */
function Espaceur({ hauteur }: { hauteur: number }) {
  return (
    <tr class="espaceur" aria-hidden="true">
      <td colSpan={COLONNES.length} style={{ height: `${hauteur}px` }} />
    </tr>
  );
}

export function TableConventions({ lignes, tri, onTri, onOuvrir, toutes }: Props) {
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
            {COLONNES.map((c) => {
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
          {debut > 0 && <Espaceur hauteur={debut * HAUTEUR_LIGNE} />}
          {lignes.slice(debut, fin).map((l, i) => (
            <Ligne key={l.id} l={l} rang={debut + i} onOuvrir={onOuvrir} />
          ))}
          {fin < lignes.length && <Espaceur hauteur={(lignes.length - fin) * HAUTEUR_LIGNE} />}
        </tbody>
      </table>
      {lignes.length === 0 && <p class="mention vide">Aucune convention ne correspond à ces filtres.</p>}
    </div>
  );
}
