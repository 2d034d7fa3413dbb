// Exports of what the dashboard shows: CSV (French Excel and Sheets), .xlsx (real numbers and
// dates; exceljs loaded only when asked) and ICS (every key date ahead of the conventions shown,
// not only the next 90 days), plus the print view.
import { useState } from 'preact/hooks';
import type { EvenementCalendrier } from '../../../shared/portefeuille/calendrier';
import { ecrirePortefeuilleCsv } from '../../../shared/portefeuille/csv';
import { ecrireIcs } from '../../../shared/portefeuille/ics';
import type { LignePortefeuille } from '../../../shared/portefeuille/ligne';
import { EtatExport } from '../EtatExport';
import { telecharger } from '../options/telecharger';

interface Props {
  lignes: readonly LignePortefeuille[];
  /** Every key date ahead of the conventions shown. */
  evenements: readonly EvenementCalendrier[];
  aujourdhui: string;
  horodatage: string;
  onImprimer: () => void;
}

type Format = 'csv' | 'xlsx' | 'ics';

const TYPES: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar;charset=utf-8',
};

export function Exports({ lignes, evenements, aujourdhui, horodatage, onImprimer }: Props) {
  const [etat, setEtat] = useState<EtatExport>({ etape: 'attente' });

  const exporter = async (format: Format) => {
    setEtat({ etape: 'en-cours', format });
    try {
      const nom = `jauge-${format === 'ics' ? 'dates-cles' : 'tableau-de-bord'}-${aujourdhui}.${format}`;
      let contenu: BlobPart;
      if (format === 'csv') contenu = ecrirePortefeuilleCsv(lignes);
      // No link back: an extension page opens nowhere from Outlook or a phone. The event names the convention in words.
      else if (format === 'ics') contenu = ecrireIcs(evenements, { horodatage });
      else {
        const { ecrireXlsx } = await import('./xlsx');
        contenu = await ecrireXlsx(lignes, evenements);
      }
      telecharger(contenu, nom, TYPES[format]);
      const quoi = format === 'ics' ? `${evenements.length} date${evenements.length > 1 ? 's' : ''} clé${evenements.length > 1 ? 's' : ''}` : `${lignes.length} convention${lignes.length > 1 ? 's' : ''}`;
      setEtat({ etape: 'fait', message: `Fichier ${nom} téléchargé (${quoi}).` });
    } catch (e) {
      setEtat({ etape: 'echec', erreur: e instanceof Error ? e.message : String(e) });
    }
  };

  const occupe = etat.etape === 'en-cours';
  return (
    <div class="exports">
      <div class="groupe-boutons">
        <button type="button" class="bouton bouton--secondaire" disabled={occupe} onClick={() => void exporter('csv')}>
          Exporter en CSV
        </button>
        <button type="button" class="bouton bouton--secondaire" disabled={occupe} onClick={() => void exporter('xlsx')}>
          Exporter en Excel (.xlsx)
        </button>
        <button type="button" class="bouton bouton--secondaire" disabled={occupe} onClick={() => void exporter('ics')}>
          Exporter le calendrier (.ics)
        </button>
        <button type="button" class="bouton bouton--tertiaire" onClick={onImprimer}>
          Imprimer
        </button>
      </div>
      <EtatExport etat={etat} classe="exports__etat" />
    </div>
  );
}
