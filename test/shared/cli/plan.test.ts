// `jauge plan` through the CLI's entry point, with the repository's example plan and files made here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { executerCli } from '../../../shared/cli/jauge';
import type { EnvironnementCli } from '../../../shared/cli/sortie';

const EXEMPLE = 'test/fixtures/plans/blog-beta-gouv-2025.csv';

function env(fichiers: Record<string, string> = {}): EnvironnementCli {
  return {
    aujourdhui: '2026-02-10',
    lireFichier: (chemin) => {
      if (chemin in fichiers) return { ok: true, octets: new TextEncoder().encode(fichiers[chemin]) };
      try {
        return { ok: true, octets: new Uint8Array(readFileSync(chemin)) };
      } catch {
        return { ok: false, erreur: `Le fichier « ${chemin} » est introuvable.` };
      }
    },
  };
}

describe('jauge plan', () => {
  it('--json : années, bons de commande et constats, en centimes ; code 1 sur erreur', async () => {
    const r = await executerCli(['plan', EXEMPLE, '--json', '--today', '2026-02-10'], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const sortie = JSON.parse(r.stdout);
    expect(Object.keys(sortie)).toEqual(['annees', 'bonsDeCommande', 'constats']);
    expect(sortie.annees).toEqual([
      { annee: 2025, ae: 27_500_000, consommation: 19_500_000, cp: 12_000_000 },
      { annee: 2026, ae: 42_500_000, consommation: 38_500_000, cp: 35_000_000 },
      { annee: 2027, ae: 0, consommation: 12_000_000, cp: 22_500_000 },
    ]);
    expect(sortie.bonsDeCommande[0]).toEqual({
      nom: 'Lancement', emisEn: '2025-03', montant: 12_500_000, du: '2025-04', au: '2025-09',
      consommation: 12_000_000, aeNonConsommees: 500_000, cp: 12_000_000, paiements: [{ mois: '2025-10', montant: 12_000_000 }],
    });
    for (const c of sortie.constats) expect(Object.keys(c).sort()).toEqual(['gravite', 'message', 'position', 'regle']);
    expect(sortie.constats.map((c: { regle: string }) => c.regle)).toContain('bon-de-commande-insuffisant');
  });

  it('sortie lisible : tableau annuel, constats, texte d’avenant', async () => {
    const r = await executerCli(['plan', EXEMPLE], env());
    expect(r.stdout).toContain('paiement fin de période');
    expect(r.stdout).toMatch(/ {2}2026 +425\s000\s€ +385\s000\s€ +350\s000\s€/);
    expect(r.stdout).toContain('✖ cellule C8');
    expect(r.stdout).toContain('Pour l\u2019avenant :');
    expect(r.stdout).toContain('2027\t0\u00a0€ (zéro euro)\t225\u202f000\u00a0€ (deux cent vingt-cinq mille euros)');
  });

  it('un plan sans faute sort en 0 ; un fichier sans plan en 2, en français', async () => {
    const propre = 'Mois;Consommation\n2025-04;1000\n\nBon de commande;Émis en;Montant;Du;Au\nBC;2025-03;1000;2025-04;2025-04\n';
    expect((await executerCli(['plan', 'propre.csv'], env({ 'propre.csv': propre }))).code).toBe(0);
    const r = await executerCli(['plan', 'vide.csv'], env({ 'vide.csv': 'Année;AE;CP\n2025;1;1\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jauge : vide\.csv : aucun plan trouvé/);
  });
});
