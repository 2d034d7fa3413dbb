import { describe, expect, it } from 'vitest';
import { hoteNonPublic, refusEtape } from '../../../../extension/lib/sources/adresses';

const hote = (url: string) => new URL(url).hostname;

describe('adresses non publiques', () => {
  it.each([
    'https://127.0.0.1/',
    'https://127.8.9.10/',
    'https://0x7f000001/', // the URL parser writes it 127.0.0.1
    'https://2130706433/',
    'https://10.1.2.3/',
    'https://172.16.0.1/',
    'https://172.31.255.255/',
    'https://192.168.1.1/',
    'https://169.254.169.254/', // cloud metadata
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://[::1]/',
    'https://[::]/',
    'https://[fd12:3456::1]/', // ULA
    'https://[fc00::1]/',
    'https://[fe80::1]/',
    'https://[::ffff:127.0.0.1]/', // IPv4-mapped, written ::ffff:7f00:1
    'https://[::ffff:192.168.0.1]/',
    'https://localhost/',
    'https://registre.localhost/',
    'https://imprimante.local/',
    'https://nas.home.arpa/',
    'https://intranet/',
    'https://service.internal/',
  ])('%s', (url) => expect(hoteNonPublic(hote(url))).toBe(true));

  it.each(['https://docs.google.com/', 'https://doc-0s-sheets.googleusercontent.com/', 'https://static.data.gouv.fr/', 'https://8.8.8.8/', 'https://172.32.0.1/', 'https://[2001:4860:4860::8888]/', 'https://192.169.0.1/'])(
    '%s est public',
    (url) => expect(hoteNonPublic(hote(url))).toBe(false),
  );
});

describe('étapes d’une chaîne de redirections', () => {
  const depuis = new URL('https://www.data.gouv.fr/fr/datasets/r/abc');
  it('accepte https vers un nom public', () => {
    expect(refusEtape(depuis, new URL('https://static.data.gouv.fr/resources/r.csv'))).toBeNull();
  });
  it('refuse http, en le nommant', () => {
    expect(refusEtape(depuis, new URL('http://static.data.gouv.fr/r.csv'))).toBe('une étape en http (http://static.data.gouv.fr), sans chiffrement : seul https est suivi');
  });
  it('refuse une adresse locale atteinte depuis un nom public, en la nommant', () => {
    expect(refusEtape(depuis, new URL('https://127.0.0.1:8443/r.csv'))).toBe('une adresse locale ou privée (https://127.0.0.1:8443) atteinte depuis www.data.gouv.fr, un nom public');
    expect(refusEtape(depuis, new URL('https://[::1]/r.csv'))).toContain('https://[::1]');
  });
  it('un registre d’intranet peut rediriger dans l’intranet', () => {
    expect(refusEtape(new URL('https://192.168.1.10/r.json'), new URL('https://nas.local/r.json'))).toBeNull();
  });
  it('un serveur local de test (http://127.0.0.1) peut rediriger sur la machine, pas ailleurs en http', () => {
    const local = new URL('http://127.0.0.1:8080/a.json');
    expect(refusEtape(local, new URL('http://localhost:8080/b.json'))).toBeNull();
    expect(refusEtape(local, new URL('http://exemple.fr/b.json'))).toContain('une étape en http');
  });
});
