// `jauge registre construire` on a folder of every kind of entry: each one is on a line, read or
// ignored and why, and the count adds up. Pure: the entries come from a fake environment.
import { describe, expect, it } from 'vitest';
import { executerCli } from '../../../shared/cli/jauge';
import type { EntreeDossier, EnvironnementCli } from '../../../shared/cli/sortie';

const CONVENTION = (jour: number) =>
  `Convention de délégation de gestion\n\nEntre\n\nLa DGEFP, délégant, d'une part ;\n\nEt\n\nLa DINUM, délégataire, d'autre part ;\n\nAnnée\tAE\tCP\n2024\t100 000 €\t100 000 €\n\nLa présente convention s'achève le 31 décembre 2024.\n\nFait à Paris, le ${jour} février 2024`;

function env(entrees: EntreeDossier[], fichiers: Record<string, string>): EnvironnementCli & { ecrits: string[] } {
  const ecrits: string[] = [];
  return {
    ecrits,
    aujourdhui: '2024-06-01',
    lireFichier: (chemin) => (chemin in fichiers ? { ok: true, octets: new TextEncoder().encode(fichiers[chemin]) } : { ok: false, erreur: `fichier introuvable : « ${chemin} ».` }),
    listerDossier: () => ({ ok: true, entrees }),
    ecrireFichier: (chemin) => (ecrits.push(chemin), { ok: true }),
  };
}

describe('registre construire : chaque entrée du dossier dite', () => {
  it('liens, tubes, sous-dossiers, fichiers cachés ignorés et nommés ; un lien vers un fichier du dossier suivi une fois', async () => {
    const entrees: EntreeDossier[] = [
      { nom: 'a.txt', sorte: 'fichier' },
      { nom: '.DS_Store', sorte: 'fichier' },
      { nom: 'lien-a.txt', sorte: 'lien-interne', cible: 'a.txt' },
      { nom: 'lien-b.txt', sorte: 'lien-interne', cible: 'archives/b.txt' },
      { nom: 'dehors.txt', sorte: 'lien-externe' },
      { nom: 'casse.txt', sorte: 'lien-casse' },
      { nom: 'archives', sorte: 'dossier' },
      { nom: 'vers-archives', sorte: 'lien-dossier' },
      { nom: 'tube', sorte: 'tube' },
      { nom: 'imprimante', sorte: 'special' },
    ];
    const e = env(entrees, { 'd/a.txt': CONVENTION(15), 'd/archives/b.txt': CONVENTION(16) });
    const r = await executerCli(['registre', 'construire', 'd', '-o', 'r.json'], e);
    expect(r.stdout.split('\n')).toEqual([
      '· .DS_Store : ignoré — fichier caché',
      expect.stringMatching(/^. a\.txt : lu/),
      '· archives : ignoré — sous-dossier : non parcouru (seuls les fichiers du dossier sont lus)',
      "· casse.txt : ignoré — lien cassé : sa cible n'existe pas",
      '· dehors.txt : ignoré — lien vers un fichier hors du dossier : non suivi',
      '· imprimante : ignoré — fichier spécial (périphérique ou socket), pas un document',
      '· lien-a.txt : ignoré — lien vers « a.txt », déjà lu dans ce dossier',
      expect.stringMatching(/^. lien-b\.txt : lu/),
      '· tube : ignoré — tube nommé (FIFO), pas un fichier',
      '· vers-archives : ignoré — lien vers un dossier : non parcouru',
      '',
      expect.stringMatching(/^10\u00a0entrées, .*0\u00a0illisible, 8\u00a0ignorés → r\.json \(2\u00a0conventions\)$/),
      '',
    ]);
    expect(e.ecrits).toEqual(['r.json']);
  });
});
