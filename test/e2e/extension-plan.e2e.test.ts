// A convention carrying its budget plan, imported into the built extension (.output/chrome-mv3) in
// Debian's Chromium: the popup's detail view draws the plan's three cumulative curves against the
// convention's échéancier with today marked, and the status takes the plan into account (next
// month's work has no order). The plan is built around the background's real today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envoyerAuFond, lancer, oublierPagesOutils, plat, type Session } from './util/navigateur';

let session: Session;

/** Today in Paris, as the background sees it. */
function aujourdhui(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}

/** `YYYY-MM` n months from today's month. */
function mois(n: number): string {
  const [a, m] = aujourdhui().split('-').map(Number) as [number, number];
  const total = a * 12 + m - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const NOMS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const enFrancais = (m: string) => `${NOMS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;

function registre() {
  const annee = Number(aujourdhui().slice(0, 4));
  return {
    version: 1,
    conventions: [
      {
        id: 'plan-e2e',
        type: 'delegation-de-gestion',
        titre: 'Convention avec son plan',
        delegant: { sigle: 'MPLAN' },
        delegataire: { sigle: 'DINUM' },
        dateSignature: `${annee - 1}-01-15`,
        dateFin: `${annee + 2}-12-31`,
        echeancier: [
          { annee: annee - 1, ae: 0, cp: 0 },
          { annee, ae: 6_000_000, cp: 4_000_000 },
          { annee: annee + 1, ae: 0, cp: 2_000_000 },
        ],
        plan: {
          paiement: 'mensuel',
          consommation: [-3, -2, -1, 0, 1, 2].map((n) => ({ mois: mois(n), montant: 1_000_000 })),
          // The only order covers up to this month: next month's work has none.
          bonsDeCommande: [{ nom: 'BC en cours', emisEn: mois(-4), montant: 4_000_000, du: mois(-3), au: mois(0) }],
        },
      },
    ],
  };
}

beforeAll(async () => {
  session = await lancer();
  const r = await envoyerAuFond(session, { type: 'importer', contenu: JSON.stringify(registre()), nomFichier: 'registre-plan.json' });
  expect(r).toEqual({ ok: true, valeur: { ok: true, enregistre: true, nombre: 1 } });
});
afterAll(async () => {
  await envoyerAuFond(session, { type: 'reinitialiser' }).catch(() => undefined);
  oublierPagesOutils();
  await session?.fermer();
});

describe('vue détaillée d’une convention avec son plan', () => {
  it('dessine les trois courbes du plan contre l’échéancier, aujourd’hui marqué, et signale le mois prochain sans bon', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 1600 });
    await page.goto(session.urlExtension('popup.html#/convention/plan-e2e'));
    const section = page.locator('section[data-plan]');
    await section.waitFor({ timeout: 15_000 });
    expect(plat(await section.locator('h2').textContent())).toBe('Plan budgétaire');

    const svg = section.locator('svg[data-courbes-plan]');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('path[data-serie]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-serie')))).toEqual([
      'ae', 'consommation', 'cp', 'aeEcheancier', 'cpEcheancier',
    ]);
    const cadre = (await svg.boundingBox())!;
    expect(cadre.width).toBeGreaterThan(250);
    for (const serie of ['ae', 'consommation', 'cp']) {
      const b = (await svg.locator(`path[data-serie="${serie}"]`).boundingBox())!;
      expect(b.width, serie).toBeGreaterThan(cadre.width / 2);
      expect(b.x + b.width, serie).toBeLessThanOrEqual(cadre.x + cadre.width + 1);
      expect(await svg.locator(`path[data-serie="${serie}"]`).evaluate((p) => getComputedStyle(p).stroke)).not.toBe('none');
    }
    // Today is in the 5th of the plan's 8 months (first issue 4 months ago … last payment in 3 months).
    const trait = (await svg.locator('[data-aujourdhui] line').boundingBox())!;
    const relatif = (trait.x - cadre.x) / cadre.width;
    expect(relatif).toBeGreaterThan(0.5);
    expect(relatif).toBeLessThan(0.8);
    expect(plat(await svg.locator('desc').textContent())).toContain(`Un trait vertical marque aujourd’hui (${enFrancais(mois(0))})`);

    // The status counts the plan: the next month's work without an order, and the plan's errors.
    expect(plat(await page.locator('.detail__statut').textContent())).toMatch(/^alerte /);
    expect(plat(await page.locator('.detail').textContent())).toContain(`Aucun bon de commande ne couvre ${enFrancais(mois(1))} (10 000 € de travail prévu au plan)`);
    const constats = plat(await page.locator('section[aria-labelledby="detail-constats"]').textContent());
    expect(constats).toContain('travail prévu sans bon de commande');
    await session.capture(page, 'popup-detail-plan');
    expect(session.erreurs.filter((e) => e.includes('popup.html'))).toEqual([]);
    await page.close();
  });
});
