// `jauge registre construire DOSSIER -o registre.json|registre.csv`: reads every document of a folder
// (text, PDF, .docx, .odt), prints one line per file (lu / lu avec constats / illisible et pourquoi)
// and a count, and writes the registry of the conventions read. Same folder, same output byte for
// byte: files in code-point order of their names, ids from the reader (`dgefp-2024-03-28`, then
// `-2`, `-3` for a second one), no date or clock in the registry.
import { lireConvention } from '../lecture/convention';
import { constatsDuDocument } from '../lecture/document/revue';
import { estReconnaissable } from '../lecture/convention/reconnaissable';
import { detecterFormat } from '../lecture/detection';
import type { Constat, Convention } from '../model';
import { ecrireRegistreCsv, ecrireRegistreJson, Registre } from '../registre/format';
import { compter } from '../texte';
import { verifier } from '../verifier';
import { lireDocumentCli } from './document';
import { echec, type CodeSortie, type EntreeDossier, type EnvironnementCli, type SortieCli } from './sortie';

type Issue = { etat: 'lu' | 'constats'; convention: Convention; constats: Constat[] } | { etat: 'illisible'; raison: string } | { etat: 'ignore'; raison: string };

async function lireUnFichier(chemin: string, env: EnvironnementCli, aujourdhui: string): Promise<Issue> {
  const lu = await lireDocumentCli(chemin, env);
  if (!lu.ok) return { etat: 'illisible', raison: lu.erreur.replace(/^Le fichier « [^»]*» /, '') };
  const { document } = lu;
  const format = detecterFormat(document.texte);
  // A registry in the folder (this command's own output, a previous run) is not a convention.
  if (format === 'registre-json' || format === 'registre-csv') return { etat: 'ignore', raison: 'registre, pas une convention' };
  if (format !== 'convention') return { etat: 'illisible', raison: "tableau seul, pas le texte d'une convention" };
  const { convention, contexte } = lireConvention(document.texte);
  if (!estReconnaissable(convention)) return { etat: 'illisible', raison: "aucune convention reconnue (ni parties, ni dates, ni échéancier)" };
  const constats = [...verifier({ ...contexte, aujourdhui }), ...constatsDuDocument(convention, document)].filter((c) => c.gravite !== 'information');
  return { etat: constats.length > 0 ? 'constats' : 'lu', convention, constats };
}

const SYMBOLE = { lu: '✔', constats: '⚠', illisible: '✖', ignore: '·' } as const;

/** Why an entry of the folder is not read, or null when it is (a file, a link to a file inside the folder not listed itself). */
function raisonDIgnorer(entree: EntreeDossier, noms: ReadonlySet<string>): string | null {
  if (entree.nom.startsWith('.')) return 'fichier caché';
  switch (entree.sorte) {
    case 'fichier':
      return null;
    case 'lien-interne':
      // A link to a file of the folder itself would read that convention twice.
      return noms.has(entree.cible) ? `lien vers « ${entree.cible} », déjà lu dans ce dossier` : null;
    case 'dossier':
      return 'sous-dossier : non parcouru (seuls les fichiers du dossier sont lus)';
    case 'lien-dossier':
      return 'lien vers un dossier : non parcouru';
    case 'lien-externe':
      return 'lien vers un fichier hors du dossier : non suivi';
    case 'lien-casse':
      return "lien cassé : sa cible n'existe pas";
    case 'tube':
      return 'tube nommé (FIFO), pas un fichier';
    case 'special':
      return 'fichier spécial (périphérique ou socket), pas un document';
  }
}

export async function commandeRegistreConstruire(
  positionnels: readonly string[],
  sortieFichier: string | undefined,
  aujourdhui: string,
  env: EnvironnementCli,
): Promise<SortieCli> {
  const [sousCommande, dossier, ...trop] = positionnels;
  if (sousCommande !== 'construire') return echec(`sous-commande inconnue « registre ${sousCommande ?? ''} » : seule « jauge registre construire DOSSIER -o FICHIER » existe.`);
  if (!dossier) return echec('indiquez le dossier des conventions : jauge registre construire DOSSIER -o registre.json');
  if (trop.length > 0) return echec(`un seul dossier attendu, reçu aussi : ${trop.join(' ')}.`);
  if (!sortieFichier) return echec('indiquez le registre à écrire avec -o (registre.json ou registre.csv).');
  const enCsv = /\.csv$/i.test(sortieFichier);
  if (!enCsv && !/\.json$/i.test(sortieFichier)) return echec(`-o « ${sortieFichier} » : le registre s'écrit en .json ou en .csv.`);
  if (!env.listerDossier || !env.ecrireFichier) return echec('cet environnement ne sait pas lire un dossier ni écrire un fichier.');
  const liste = env.listerDossier(dossier);
  if (!liste.ok) return echec(liste.erreur);
  // Code-point order, not the locale's: the same folder gives the same order everywhere.
  const entrees = [...liste.entrees].sort((a, b) => (a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : 0));
  if (entrees.length === 0) return echec(`le dossier « ${dossier} » ne contient aucun fichier.`);
  const noms = new Set(entrees.filter((e) => e.sorte === 'fichier').map((e) => e.nom));

  const lignes: string[] = [];
  const conventions: Convention[] = [];
  const ids = new Set<string>();
  let illisibles = 0;
  let ignores = 0;
  let avecConstats = 0;
  let erreurs = false;
  for (const [i, entree] of entrees.entries()) {
    const { nom } = entree;
    const raison = raisonDIgnorer(entree, noms);
    if (raison !== null) {
      ignores++;
      lignes.push(`${SYMBOLE.ignore} ${nom} : ignoré — ${raison}`);
      continue;
    }
    env.signalerProgression?.(`[${i + 1}/${entrees.length}] ${nom}`);
    const relatif = entree.sorte === 'lien-interne' ? entree.cible : nom;
    const chemin = env.joindreChemin ? env.joindreChemin(dossier, relatif) : `${dossier}/${relatif}`;
    const issue = await lireUnFichier(chemin, env, aujourdhui);
    if (issue.etat === 'illisible' || issue.etat === 'ignore') {
      if (issue.etat === 'illisible') illisibles++;
      else ignores++;
      lignes.push(`${SYMBOLE[issue.etat]} ${nom} : ${issue.etat === 'illisible' ? 'illisible' : 'ignoré'} — ${issue.raison}`);
      continue;
    }
    let id = issue.convention.id;
    for (let n = 2; ids.has(id); n++) id = `${issue.convention.id}-${n}`;
    ids.add(id);
    // `sources` are line numbers in one file's text: meaningless once in the registry.
    const { sources: _sources, ...sansSources } = issue.convention;
    conventions.push({ ...sansSources, id });
    const parties = [issue.convention.delegant.sigle, issue.convention.delegataire.sigle].filter(Boolean).join(' → ');
    if (issue.etat === 'constats') {
      avecConstats++;
      erreurs ||= issue.constats.some((c) => c.gravite === 'erreur');
      const detail = issue.constats.map((c) => c.regle).filter((r, n, t) => t.indexOf(r) === n).join(', ');
      lignes.push(`${SYMBOLE.constats} ${nom} : lu avec ${compter(issue.constats.length, 'constat')} — ${id}${parties ? ` (${parties})` : ''} : ${detail}`);
    } else {
      lignes.push(`${SYMBOLE.lu} ${nom} : lu — ${id}${parties ? ` (${parties})` : ''}`);
    }
  }

  const registre: Registre = { version: 1, conventions, executions: [], startups: [], incubateurs: [] };
  const valide = Registre.safeParse(registre);
  if (!valide.success) return echec(`registre construit invalide : ${valide.error.message}`);
  const ecrit = env.ecrireFichier(sortieFichier, enCsv ? ecrireRegistreCsv(valide.data) : ecrireRegistreJson(valide.data));
  if (!ecrit.ok) return echec(ecrit.erreur);

  // Every entry is counted: read, read with findings, unreadable or ignored (and why, above).
  const tousFichiers = entrees.every((e) => e.sorte === 'fichier');
  const bilan = [
    tousFichiers ? compter(entrees.length, 'fichier') : compter(entrees.length, 'entrée'),
    `${compter(conventions.length - avecConstats, 'lu', 'lus')}`,
    `${compter(avecConstats, 'lu avec constats', 'lus avec constats')}`,
    `${compter(illisibles, 'illisible', 'illisibles')}`,
    ...(ignores > 0 ? [compter(ignores, 'ignoré', 'ignorés')] : []),
  ].join(', ');
  lignes.push('', `${bilan} → ${sortieFichier} (${compter(conventions.length, 'convention')})`);
  // 2: a file could not be read (the registry holds the others); 1: error findings; 0: clean.
  const code: CodeSortie = illisibles > 0 ? 2 : erreurs ? 1 : 0;
  return { code, stdout: `${lignes.join('\n')}\n`, stderr: '' };
}
