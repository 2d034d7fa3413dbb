// Sync in the built extension: the registry URL and the beta.gouv.fr startups API answered by
// routes (the service worker's fetches go through Playwright's routing). Good → visible on the
// page; bad → error recorded with its time, database unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registreParDefaut } from '../../shared/registre/defaut';
import { ecrireRegistreCsv } from '../../shared/registre/format';
import { Routes, envoyerAuFond, fixture, lancer, type Reponse, type Session } from './util/navigateur';

const URL_REGISTRE = 'https://registre.exemple.gouv.fr/jauge/registre.json';
const URL_CSV = 'https://registre.exemple.gouv.fr/jauge/registre.csv';
const B = 'https://beta.gouv.fr';
let session: Session;
let reponseRegistre: Reponse;

const menjs = registreParDefaut.conventions.find((c) => c.delegant.sigle === 'MENJS')!;
const nouvelle = {
  ...menjs,
  id: 'menjs-2026-synchro',
  titre: 'Convention synchronisée',
  dateSignature: '2026-01-15',
  dateFin: '2027-12-31',
  echeancier: [{ annee: 2026, ae: 12_000_000, cp: 8_000_000 }],
  startups: ['classe-a-12'],
};

async function exporter(): Promise<string> {
  const r = await envoyerAuFond<{ contenu: string }>(session, { type: 'exporter', format: 'json' });
  if (!r.ok) throw new Error(r.erreur);
  // genereLe is today's date: equal within one run.
  return r.valeur.contenu;
}

beforeAll(async () => {
  reponseRegistre = { corps: '' };
  const routes = new Routes()
    .definir('/startups/classe-a-12.html', fixture('startup-classe-a-12.html'))
    .definir(URL_REGISTRE, () => reponseRegistre)
    .definir(URL_CSV, { type: 'text/csv; charset=utf-8', corps: ecrireRegistreCsv({ ...registreParDefaut, executions: [] }) })
    .definir('/api/v2.7/startups.json', fixture('api/startups.json'));
  session = await lancer({ routes });
  const r = await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_REGISTRE, startupsBetaGouv: true } } });
  expect(r).toMatchObject({ ok: true, valeur: { ok: true } });
});
afterAll(async () => session?.fermer());

describe('synchronisation depuis une URL', () => {
  it('registre valide : la nouvelle convention apparaît sur la page de la startup', async () => {
    reponseRegistre = { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: [nouvelle] }) };
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string; le: string }; startups?: { ok: boolean; nombre?: number } }>(session, {
      type: 'synchroniser',
    });
    if (!r.ok) throw new Error(r.erreur);
    expect(r.valeur.registre).toMatchObject({ ok: true, message: expect.stringContaining('1 convention mise à jour depuis registre.exemple.gouv.fr') });
    expect(Date.now() - Date.parse(r.valeur.registre!.le)).toBeLessThan(60_000);
    expect(r.valeur.startups).toMatchObject({ ok: true, nombre: 4 });
    expect(session.routes.demandes).toContain(URL_REGISTRE);
    expect(session.routes.demandes).toContain(`${B}/api/v2.7/startups.json`);

    const page = await session.ouvrir(`${B}/startups/classe-a-12.html`);
    await expect.poll(async () => page.locator('jauge-badge').evaluateAll((h) => h.map((e) => e.getAttribute('data-jauge-convention')))).toEqual(
      expect.arrayContaining(['menjs-2026-synchro', menjs.id]),
    );
    await session.capture(page, 'synchro-visible');
    await page.close();
  });

  it.each<[string, Reponse, string]>([
    ['réponse HTTP 500', { statut: 500, corps: 'panne' }, 'HTTP 500'],
    ['registre invalide', { type: 'application/json', corps: JSON.stringify({ version: 1, conventions: [{ ...nouvelle, dateFin: '31/12/2027' }] }) }, 'Registre invalide'],
    ['pas du JSON', { type: 'application/json', corps: '<html>maintenance</html>' }, 'Registre invalide'],
  ])('%s : erreur enregistrée avec sa raison et son heure, base inchangée', async (_nom, reponse, message) => {
    const avant = await exporter();
    reponseRegistre = reponse;
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string; le: string }; derniereReussiteRegistre?: string }>(session, {
      type: 'synchroniser',
    });
    if (!r.ok) throw new Error(r.erreur);
    expect(r.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(r.valeur.derniereReussiteRegistre).toBeDefined();
    expect(await exporter()).toBe(avant);
    const etat = await envoyerAuFond<{ registre?: { message: string } }>(session, { type: 'etat-synchro' });
    expect(etat.ok && etat.valeur.registre?.message).toContain(message);
  });

  it('hôte injoignable (requête refusée) : erreur en français', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: 'https://injoignable.exemple.org/r.json' } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; message: string } }>(session, { type: 'synchroniser' });
    expect(r.ok && r.valeur.registre).toMatchObject({ ok: false, message: expect.stringContaining('Téléchargement impossible depuis https://injoignable.exemple.org') });
  });

  it('un registre CSV à l’URL est lu comme CSV', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { url: URL_CSV } } });
    const r = await envoyerAuFond<{ registre?: { ok: boolean; nombre?: number } }>(session, { type: 'synchroniser' });
    expect(r.ok && r.valeur.registre).toMatchObject({ ok: true, nombre: registreParDefaut.conventions.length });
  });

  it('l’alarme de synchronisation est planifiée selon les réglages', async () => {
    await envoyerAuFond(session, { type: 'reglages-ecrire', reglages: { synchro: { intervalleHeures: 12 } } });
    const alarme = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get('jauge-synchro'),
    );
    expect(alarme?.periodInMinutes).toBe(720);
  });
});
