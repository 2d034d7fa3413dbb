// The step-by-step walk as the browser makes it: `redirect: 'manual'` answers an opaque redirect
// (no Location) and the webRequest observer says where it leads. Real Responses, a scripted fetch.
import { describe, expect, it } from 'vitest';
import { telechargerParChaine, type ObservateurRedirections } from '../../../../extension/lib/sources/chaine';

/** What the browser's fetch gives for a redirect in manual mode: type opaqueredirect, status 0, no headers. */
function opaque(): Response {
  const r = new Response(null, { status: 200 });
  Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(r, 'status', { value: 0 });
  Object.defineProperty(r, 'ok', { value: false });
  return r;
}

/** A browser: each URL either redirects (opaque, Location seen by webRequest) or answers a body. */
function navigateur(plan: Record<string, string | { corps: string }>) {
  const demandes: { url: string; init?: RequestInit }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    demandes.push({ url, init });
    const p = plan[url];
    if (p === undefined) throw new TypeError('Failed to fetch');
    return typeof p === 'string' ? opaque() : new Response(p.corps, { status: 200 });
  }) as typeof globalThis.fetch;
  const observateur: ObservateurRedirections = { destination: async (url) => (typeof plan[url] === 'string' ? (plan[url] as string) : null) };
  return { fetch, observateur, demandes };
}

describe('chaîne de redirections suivie pas à pas', () => {
  it('Google : docs.google.com → *.googleusercontent.com, chaque étape demandée une fois, en mode manuel', async () => {
    const n = navigateur({
      'https://docs.google.com/spreadsheets/d/e/X/pub?output=csv': 'https://doc-0s-sheets.googleusercontent.com/pub/abc?output=csv',
      'https://doc-0s-sheets.googleusercontent.com/pub/abc?output=csv': { corps: 'id;annee' },
    });
    const r = await telechargerParChaine('https://docs.google.com/spreadsheets/d/e/X/pub?output=csv', {}, { ...n, autorise: async () => true });
    expect(r.ok && (await r.reponse.text())).toBe('id;annee');
    expect(r.chaine).toEqual(['https://docs.google.com/spreadsheets/d/e/X/pub?output=csv', 'https://doc-0s-sheets.googleusercontent.com/pub/abc?output=csv']);
    expect(n.demandes.map((d) => d.init?.redirect)).toEqual(['manual', 'manual']);
  });

  it('une Location relative est résolue contre l’étape', async () => {
    const n = navigateur({ 'https://www.data.gouv.fr/fr/datasets/r/1': '/r/2', 'https://www.data.gouv.fr/r/2': { corps: '{}' } });
    expect((await telechargerParChaine('https://www.data.gouv.fr/fr/datasets/r/1', {}, n)).chaine).toEqual(['https://www.data.gouv.fr/fr/datasets/r/1', 'https://www.data.gouv.fr/r/2']);
  });

  it.each([
    ['http://static.data.gouv.fr/r.csv', 'une étape en http (http://static.data.gouv.fr)'],
    ['https://127.0.0.1:8443/r.csv', 'une adresse locale ou privée (https://127.0.0.1:8443) atteinte depuis www.data.gouv.fr'],
    ['https://192.168.0.10/r.csv', 'une adresse locale ou privée (https://192.168.0.10)'],
    ['https://[fd00::1]/r.csv', 'une adresse locale ou privée (https://[fd00::1])'],
    ['https://routeur.local/r.csv', 'une adresse locale ou privée (https://routeur.local)'],
  ])('vers %s : refusé et nommé, jamais demandé', async (cible, raison) => {
    const n = navigateur({ 'https://www.data.gouv.fr/fr/datasets/r/1': cible, [cible]: { corps: 'piège' } });
    const r = await telechargerParChaine('https://www.data.gouv.fr/fr/datasets/r/1', {}, { ...n, autorise: async () => true });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`Le serveur https://www.data.gouv.fr redirige vers ${raison}`) });
    expect(n.demandes.map((d) => d.url)).toEqual(['https://www.data.gouv.fr/fr/datasets/r/1']);
  });

  it('sans observateur (pas de webRequest), une redirection opaque est refusée en disant quoi faire', async () => {
    const n = navigateur({ 'https://docs.google.com/a': 'https://x.googleusercontent.com/b' });
    const r = await telechargerParChaine('https://docs.google.com/a', {}, { fetch: n.fetch });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("le navigateur n'a pas dit vers où") });
  });

  it('l’en-tête de la clé ne part qu’aux étapes que la fonction d’en-têtes désigne', async () => {
    const n = navigateur({ 'https://grist.exemple.fr/api/docs/d/download/csv': 'https://cdn.exemple.fr/f.csv', 'https://cdn.exemple.fr/f.csv': { corps: '' } });
    await telechargerParChaine('https://grist.exemple.fr/api/docs/d/download/csv', {}, {
      ...n,
      entetes: (u) => (u.origin === 'https://grist.exemple.fr' ? { Authorization: 'Bearer k' } : undefined),
    });
    expect(n.demandes.map((d) => new Headers(d.init?.headers).get('authorization'))).toEqual(['Bearer k', null]);
  });

  it('une erreur réseau nomme l’étape qui a échoué', async () => {
    const n = navigateur({ 'https://docs.google.com/a': 'https://x.googleusercontent.com/b' });
    const r = await telechargerParChaine('https://docs.google.com/a', {}, n);
    expect(r).toMatchObject({ ok: false, reseau: true, message: expect.stringContaining('Téléchargement impossible depuis https://x.googleusercontent.com') });
  });
});

describe('hôte de départ non autorisé', () => {
  it('une redirection opaque depuis un site non autorisé est refusée tout de suite, en proposant de l’autoriser', async () => {
    const n = navigateur({ 'https://registre.exemple.fr/r.json': 'https://cdn.exemple.fr/r.json' });
    const r = await telechargerParChaine('https://registre.exemple.fr/r.json', {}, { ...n, autorise: async (u) => u.hostname !== 'registre.exemple.fr' });
    expect(r).toMatchObject({ ok: false, aAutoriser: 'https://registre.exemple.fr/*', message: expect.stringContaining("le navigateur ne dit vers où qu'aux sites autorisés") });
  });
});
