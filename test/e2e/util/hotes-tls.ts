// Real host names over real TLS, on this machine, for the end-to-end sync tests: one Node HTTPS
// server answers for docs.google.com, *.googleusercontent.com, www/static.data.gouv.fr and
// grist.numerique.gouv.fr (by the Host header) with a certificate made at test time by openssl,
// signed by a test authority made alongside; one plain HTTP server for the steps a chain must refuse.
// - Chromium reaches them through --host-resolver-rules (the names map to 127.0.0.1:<port>) and trusts
//   only this certificate's key (--ignore-certificate-errors-spki-list), nothing else relaxed.
// - Firefox reaches them through a local proxy (CONNECT to the HTTPS server, absolute URLs to the
//   HTTP one) and trusts the test authority in its own profile (util/firefox.ts).
// Every request is recorded (host, path, Authorization header) so a test can say what was asked.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const HOTES_TLS = ['docs.google.com', '*.googleusercontent.com', 'www.data.gouv.fr', 'static.data.gouv.fr', 'grist.numerique.gouv.fr'];

export interface ReponseHote {
  statut?: number;
  entetes?: Record<string, string>;
  corps?: string | Buffer;
}
type Gestion = (req: IncomingMessage) => ReponseHote;

export interface Demande {
  protocole: 'https' | 'http';
  hote: string;
  chemin: string;
  autorisation?: string;
}

export interface HotesTls {
  /** Port of the HTTPS server (all the names above) and of the plain HTTP one. */
  port: number;
  portHttp: number;
  /** Port of the proxy Firefox goes through. */
  portProxy: number;
  /** The test authority's certificate, base64 DER (Firefox's certificate database takes it so). */
  autoriteBase64: string;
  demandes: Demande[];
  /** `hote` is a name (`docs.google.com`) or `*` ; `chemin` includes the query. */
  definir(hote: string, chemin: string, gestion: Gestion | ReponseHote): void;
  /** Chromium's flags: the names to 127.0.0.1:<port>, and trust in this certificate's key only. */
  argsChromium(): string[];
  fermer(): Promise<void>;
}

function openssl(dossier: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dossier, stdio: 'pipe' });
}

/** A test authority and a server certificate for the names above (and 127.0.0.1), valid two days. */
function certificats(dossier: string): { cle: Buffer; cert: Buffer; autorite: Buffer } {
  openssl(dossier, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ac.key', '-out', 'ac.pem', '-days', '2', '-subj', '/CN=Jauge - autorite de test', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  openssl(dossier, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'serveur.key', '-out', 'serveur.csr', '-subj', '/CN=docs.google.com');
  const noms = [...HOTES_TLS.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
  writeFileSync(path.join(dossier, 'ext.cnf'), `subjectAltName=${noms}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  openssl(dossier, 'x509', '-req', '-in', 'serveur.csr', '-CA', 'ac.pem', '-CAkey', 'ac.key', '-CAcreateserial', '-out', 'serveur.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { cle: readFileSync(path.join(dossier, 'serveur.key')), cert: readFileSync(path.join(dossier, 'serveur.pem')), autorite: readFileSync(path.join(dossier, 'ac.pem')) };
}

const ecouter = (serveur: net.Server) => new Promise<number>((ok) => serveur.listen(0, '127.0.0.1', () => ok((serveur.address() as net.AddressInfo).port)));
const fermer = (serveur: net.Server) => new Promise<void>((ok) => serveur.close(() => ok()));

export async function demarrerHotesTls(): Promise<HotesTls> {
  const dossier = mkdtempSync(path.join(tmpdir(), 'jauge-tls-'));
  const { cle, cert, autorite } = certificats(dossier);
  const table = new Map<string, Gestion>();
  const demandes: Demande[] = [];

  const repondre = (protocole: 'https' | 'http') => (req: IncomingMessage, res: ServerResponse) => {
    const hote = (req.headers.host ?? '').replace(/:\d+$/, '');
    const chemin = req.url ?? '/';
    demandes.push({ protocole, hote, chemin, ...(req.headers.authorization && { autorisation: req.headers.authorization }) });
    const gestion = table.get(`${hote} ${chemin}`) ?? table.get(`* ${chemin}`);
    if (!gestion) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('introuvable');
    }
    const r = gestion(req);
    res.writeHead(r.statut ?? 200, r.entetes ?? {});
    res.end(r.corps ?? '');
  };
  const serveurTls = https.createServer({ key: cle, cert }, repondre('https'));
  const serveurHttp = http.createServer(repondre('http'));
  const port = await ecouter(serveurTls);
  const portHttp = await ecouter(serveurHttp);

  // Firefox's proxy: CONNECT to one of our names → the HTTPS server; an absolute http:// URL → the
  // HTTP server; anything else refused (nothing leaves the machine).
  const connus = (hote: string) => HOTES_TLS.some((h) => (h.startsWith('*.') ? hote.endsWith(h.slice(1)) : hote === h));
  const proxy = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://inconnu');
    if (!connus(u.hostname)) {
      res.writeHead(502);
      return void res.end();
    }
    const amont = http.request({ host: '127.0.0.1', port: portHttp, path: u.pathname + u.search, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    amont.on('error', () => res.destroy());
    req.pipe(amont);
  });
  proxy.on('connect', (req: IncomingMessage, prise: net.Socket, tete: Buffer) => {
    const [hote] = (req.url ?? '').split(':');
    if (!hote || !connus(hote)) {
      prise.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const amont = net.connect(port, '127.0.0.1', () => {
      prise.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      amont.write(tete);
      amont.pipe(prise);
      prise.pipe(amont);
    });
    amont.on('error', () => prise.destroy());
    prise.on('error', () => amont.destroy());
  });
  const portProxy = await ecouter(proxy);

  const spki = createHash('sha256').update(new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
  const autoriteBase64 = new X509Certificate(autorite).raw.toString('base64');

  return {
    port,
    portHttp,
    portProxy,
    autoriteBase64,
    demandes,
    definir(hote, chemin, gestion) {
      table.set(`${hote} ${chemin}`, typeof gestion === 'function' ? gestion : () => gestion);
    },
    argsChromium: () => [
      `--host-resolver-rules=${HOTES_TLS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
    async fermer() {
      proxy.closeAllConnections?.();
      serveurTls.closeAllConnections();
      serveurHttp.closeAllConnections();
      await Promise.all([fermer(serveurTls), fermer(serveurHttp), fermer(proxy)]);
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
