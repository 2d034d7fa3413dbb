// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TableEcheancier } from '../../../../extension/ui/detail/TableEcheancier';
import { convention, statut } from '../donnees';
import { demonterTout, monter, requis, texte } from '../outils';

afterEach(demonterTout);

const lignes = (table: Element) =>
  [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => texte(c)));

describe("tableau de l'échéancier", () => {
  it('a une légende, des en-têtes de colonne et de ligne, et les montants en euros', () => {
    const c = convention();
    const vue = monter(<TableEcheancier echeancier={c.echeancier} statut={statut()} />);
    const table = requis(vue.querySelector('table'));
    expect(texte(table.querySelector('caption'))).toBe('AE et CP prévus par année');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect([...table.querySelectorAll('tbody th, tfoot th')].map((th) => th.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
    expect(lignes(table)).toEqual([
      ['Année', 'AE', 'CP'],
      ['2024', '2 500 000 €', '1 900 000 €'],
      ['2025', '—aucun montant', '600 000 €'],
      ['Total', '2 500 000 €', '2 500 000 €'],
    ]);
    // The empty cell's dash is hidden from screen readers, which hear « aucun montant ».
    expect(table.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
  });

  it("prend les totaux du statut, sans les recalculer", () => {
    const c = convention();
    const vue = monter(<TableEcheancier echeancier={c.echeancier} statut={statut({ totaux: { ae: 123, cp: 456 } })} />);
    expect(lignes(requis(vue.querySelector('tfoot')))).toEqual([['Total', '1,23 €', '4,56 €']]);
  });

  it("ajoute les colonnes d'exécution quand elle est connue", () => {
    const c = convention();
    const vue = monter(
      <TableEcheancier
        echeancier={c.echeancier}
        execution={{ conventionId: c.id, lignes: [{ annee: 2024, aeEngagees: 180000000, cpPayes: 150000000 }] }}
        statut={statut({
          execution: {
            aeEngagees: 180000000,
            cpPayes: 150000000,
            tauxEngagement: 72,
            tauxPaiement: 60,
            aeRestantes: 70000000,
            cpRestants: 100000000,
          },
        })}
      />,
    );
    const table = requis(vue.querySelector('table'));
    expect(lignes(table)[0]).toEqual(['Année', 'AE', 'CP', 'AE engagées', 'CP payés']);
    expect(lignes(table)[1]).toEqual(['2024', '2 500 000 €', '1 900 000 €', '1 800 000 €', '1 500 000 €']);
    expect(lignes(table)[2]?.slice(3)).toEqual(['—aucun montant', '—aucun montant']);
    expect(texte(table.querySelector('caption'))).toContain('exécution');
  });

  it("dit qu'il n'y a pas d'échéancier (convention FAST)", () => {
    const vue = monter(<TableEcheancier echeancier={[]} statut={statut({ totaux: { ae: 0, cp: 0 } })} />);
    expect(vue.querySelector('table')).toBeNull();
    expect(texte(vue)).toBe("Cette convention n'a pas d'échéancier en AE et CP.");
  });
});
