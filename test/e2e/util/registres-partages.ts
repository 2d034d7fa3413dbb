// What the shared-registry end-to-end tests (Chromium and Firefox) serve: a registry in the CSV layout
// `jauge registre construire` writes (ecrireRegistreCsv: `;`, CRLF, a BOM), published the way Google
// Sheets publishes (docs.google.com answers 307 to a *.googleusercontent.com host whose name changes),
// the way data.gouv.fr serves a resource's stable link (302 from www to static.data.gouv.fr), and the
// way Grist's API serves a private table (401 without the key). No CORS header anywhere: only the
// host permissions the person grants let the extension read them.
import type { Convention } from '../../../shared/model';
import { registreParDefaut } from '../../../shared/registre/defaut';
import { ecrireRegistreCsv } from '../../../shared/registre/format';
import type { HotesTls } from './hotes-tls';

const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;

/** A convention funding classe-a-12 (a beta.gouv.fr page of the fixtures), under another id. */
export function conventionPartagee(id: string, titre: string): Convention {
  return {
    ...menjs,
    id,
    titre,
    dateSignature: '2026-01-15',
    dateFin: '2027-12-31',
    echeancier: [{ annee: 2026, ae: 12_000_000, cp: 8_000_000 }],
    startups: ['classe-a-12'],
  };
}

export const csvRegistre = (...conventions: Convention[]) => Buffer.from(ecrireRegistreCsv({ version: 1, conventions, executions: [], startups: [], incubateurs: [] }), 'utf8');

export const URL_SHEETS = 'https://docs.google.com/spreadsheets/d/e/2PACX-1vTestJaugeRegistrePartage/pub?gid=0&single=true&output=csv';
/** Google's second host: its name changes from one answer to the next. */
export const HOTE_GOOGLE_CONTENU = 'doc-0s-4k-sheets.googleusercontent.com';
export const URL_DATA_GOUV = 'https://www.data.gouv.fr/fr/datasets/r/3f1c2b9e-4a57-4d2f-9d0e-0b7a9e1c2d3f';
export const URL_GRIST = 'https://grist.numerique.gouv.fr/o/dinum/hQHXqAQXceeQBPvRw5sSs1/Registre-budgetaire/p/2';
export const CLE_GRIST = 'f3a1c2e4b5d6978812ab34cd56ef7890a1b2c3d4';

export const SHEETS = conventionPartagee('sheets-2026', 'Convention publiée depuis Sheets');
export const DATA_GOUV = conventionPartagee('datagouv-2026', 'Convention publiée sur data.gouv.fr');
export const GRIST = conventionPartagee('grist-2026', 'Convention tenue dans Grist');

const csv = (corps: Buffer) => ({ statut: 200, entetes: { 'content-type': 'text/csv; charset=utf-8' }, corps });

export function publier(hotes: HotesTls): void {
  let version = 0;
  // Google: /pub → 307 → a content host with a one-off path (like Google's), then the CSV with its BOM.
  hotes.definir('docs.google.com', new URL(URL_SHEETS).pathname + new URL(URL_SHEETS).search, () => ({
    statut: 307,
    entetes: { location: `https://${HOTE_GOOGLE_CONTENU}/pub/${++version}/jauge?gid=0&single=true&output=csv` },
  }));
  hotes.definir(HOTE_GOOGLE_CONTENU, '/pub/1/jauge?gid=0&single=true&output=csv', csv(csvRegistre(SHEETS)));
  hotes.definir(HOTE_GOOGLE_CONTENU, '/pub/2/jauge?gid=0&single=true&output=csv', csv(csvRegistre(SHEETS)));
  // data.gouv.fr: the stable link 302 to the current file on static.data.gouv.fr.
  hotes.definir('www.data.gouv.fr', new URL(URL_DATA_GOUV).pathname, { statut: 302, entetes: { location: 'https://static.data.gouv.fr/resources/registre-jauge/20260301-101500/registre.csv' } });
  hotes.definir('static.data.gouv.fr', '/resources/registre-jauge/20260301-101500/registre.csv', csv(csvRegistre(DATA_GOUV)));
  // Chains that must be refused: through http, to this machine's address from a public name.
  hotes.definir('www.data.gouv.fr', '/fr/datasets/r/vers-http', { statut: 302, entetes: { location: `http://static.data.gouv.fr:${hotes.portHttp}/resources/registre.csv` } });
  hotes.definir('www.data.gouv.fr', '/fr/datasets/r/vers-local', { statut: 302, entetes: { location: `https://127.0.0.1:${hotes.port}/resources/registre.csv` } });
  hotes.definir('*', '/resources/registre.csv', csv(csvRegistre(conventionPartagee('jamais-2026', 'Ne doit jamais arriver'))));
  // Grist: the table through the API of the team's path, only with the key.
  hotes.definir('grist.numerique.gouv.fr', '/o/dinum/api/docs/hQHXqAQXceeQBPvRw5sSs1/download/csv?tableId=Registre&header=label', (req) =>
    req.headers.authorization === `Bearer ${CLE_GRIST}`
      ? csv(csvRegistre(GRIST))
      : { statut: 401, entetes: { 'content-type': 'application/json' }, corps: '{"error":"No view access"}' },
  );
}
