// The `index-recherche` answer in columns: the page's local search waits for this one message, and
// Chrome carries messages at a few MB/s here (2,25 Mo took ~300 ms). In columns, each key name is
// written once instead of 5 000 times, each repeated text (niveau, badge, partner label) once, and the
// index loses what the page never reads (each convention's label: results show the summary's). The
// compact shape is a message type (messages.ts); this file only packs and unpacks it.
import type { IndexRecherche } from '../../shared/registre/recherche';
import type { Niveau, Phase } from '../../shared/model';
import type { DonneesRecherche, DonneesRechercheCompactes, ResumeRecherche } from './messages';

/** Position in `chaines`; -1 for an absent optional text. */
type Ref = number;

/** Background side: the search data in columns (see the file comment). */
export function compacterDonneesRecherche({ index, resumes }: DonneesRecherche): DonneesRechercheCompactes {
  const chaines: string[] = [];
  const numeros = new Map<string, number>();
  const ref = (texte: string | undefined): Ref => {
    if (texte === undefined) return -1;
    let n = numeros.get(texte);
    if (n === undefined) {
      numeros.set(texte, (n = chaines.length));
      chaines.push(texte);
    }
    return n;
  };
  const liste = (textes: string[], dans: Ref[]) => {
    dans.push(textes.length);
    for (const t of textes) dans.push(ref(t));
  };
  const conventions: DonneesRechercheCompactes['conventions'] = { id: [], dateFin: [], annees: [] };
  for (const c of index.conventions) {
    conventions.id.push(ref(c.id));
    conventions.dateFin.push(ref(c.dateFin));
    conventions.annees.push(c.annees.length, ...c.annees);
  }
  const colonnes: DonneesRechercheCompactes['resumes'] = {
    id: [], libelle: [], titre: [], startups: [], nomsStartups: [], incubateur: [], phase: [], niveau: [], texteNiveau: [], texteBadge: [],
  };
  for (const r of resumes) {
    colonnes.id.push(ref(r.id));
    colonnes.libelle.push(ref(r.libelle));
    colonnes.titre.push(ref(r.titre));
    liste(r.startups, colonnes.startups);
    liste(r.nomsStartups, colonnes.nomsStartups);
    colonnes.incubateur.push(ref(r.incubateur));
    colonnes.phase.push(ref(r.phase));
    colonnes.niveau.push(ref(r.niveau));
    colonnes.texteNiveau.push(ref(r.texteNiveau));
    colonnes.texteBadge.push(ref(r.texteBadge));
  }
  return { chaines, conventions, mots: index.mots, occurrences: index.occurrences.map(emballerOccurrences), resumes: colonnes };
}

/** Weights are below 16 (shared/registre/recherche's POIDS): one small number per occurrence instead of two. */
function emballerOccurrences(o: number[]): number[] {
  const paquet: number[] = [];
  let precedente = 0;
  for (let k = 0; k < o.length; k += 2) {
    const convention = o[k]!;
    const poids = o[k + 1]!;
    if (poids < 0 || poids >= 16 || convention < precedente) throw new Error(`occurrence impossible à emballer (${convention}, ${poids})`);
    paquet.push((convention - precedente) * 16 + poids);
    precedente = convention;
  }
  return paquet;
}

function deballerOccurrences(paquet: number[]): number[] {
  const o: number[] = new Array(paquet.length * 2);
  let convention = 0;
  for (let k = 0; k < paquet.length; k++) {
    const v = paquet[k]!;
    convention += Math.floor(v / 16);
    o[2 * k] = convention;
    o[2 * k + 1] = v % 16;
  }
  return o;
}

/**
 * Page side: the search data back as objects. The index's labels are empty (the page shows the
 * summaries'). Throws on a malformed answer (the caller then searches by messages).
 */
export function deployerDonneesRecherche(d: DonneesRechercheCompactes): DonneesRecherche {
  const { chaines } = d;
  const texte = (n: Ref | undefined): string => {
    const t = n === undefined ? undefined : chaines[n];
    if (t === undefined) throw new Error(`texte n° ${String(n)} absent`);
    return t;
  };
  const facultatif = (n: Ref | undefined): string | undefined => (n === -1 ? undefined : texte(n));
  // Reads `[n, x1 … xn]` lists one after the other.
  const lecteur = (valeurs: number[]) => {
    let k = 0;
    return (): number[] => {
      const n = valeurs[k] ?? 0;
      const liste = valeurs.slice(k + 1, k + 1 + n);
      k += 1 + n;
      return liste;
    };
  };
  const annees = lecteur(d.conventions.annees);
  const conventions: IndexRecherche['conventions'] = d.conventions.id.map((id, i) => ({
    id: texte(id),
    libelle: '',
    dateFin: texte(d.conventions.dateFin[i]),
    annees: annees(),
  }));
  const c = d.resumes;
  const startups = lecteur(c.startups);
  const nomsStartups = lecteur(c.nomsStartups);
  const resumes = c.id.map((id, i): ResumeRecherche => {
    const titre = facultatif(c.titre[i]);
    const incubateur = facultatif(c.incubateur[i]);
    return {
      id: texte(id),
      libelle: texte(c.libelle[i]),
      ...(titre !== undefined && { titre }),
      startups: startups().map(texte),
      nomsStartups: nomsStartups().map(texte),
      ...(incubateur !== undefined && { incubateur }),
      phase: texte(c.phase[i]) as Phase,
      niveau: texte(c.niveau[i]) as Niveau,
      texteNiveau: texte(c.texteNiveau[i]),
      texteBadge: texte(c.texteBadge[i]),
    };
  });
  return { index: { conventions, mots: d.mots, occurrences: d.occurrences.map(deballerOccurrences) }, resumes };
}
