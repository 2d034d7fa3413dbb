// What a registry address means, said while it is typed: where Jauge will read it, the chain of hosts
// it expects, which sites the browser will ask for, and advice (publish a sheet, prefer data.gouv.fr's
// stable link). An address that cannot work is said too; nothing is blocked before saving.
import { UrlRegistre } from '../../lib/messages';
import { decrireSource } from '../../lib/sources/source';
import { listeLisible } from './permission';

export function AnalyseSource({ url, table }: { url: string; table: string }) {
  const valide = UrlRegistre.safeParse(url.trim());
  if (!valide.success) return null;
  const d = decrireSource(valide.data, table.trim() || null);
  if (!d.ok) {
    return (
      <p class="mention synchro__analyse synchro__analyse--erreur" data-testid="analyse-source">
        {d.erreur}
      </p>
    );
  }
  const s = d.source;
  return (
    <div class="mention synchro__analyse" data-testid="analyse-source">
      <p>{s.description}</p>
      {s.chaineAttendue.length > 1 && <p>Chemin attendu : {s.chaineAttendue.join(' → ')}.</p>}
      <p>Le navigateur vous demandera l’accès à {listeLisible(s.motifs)}.</p>
      {s.conseil && <p>{s.conseil}</p>}
    </div>
  );
}
