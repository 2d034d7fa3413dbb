// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GraphiqueEcheancier } from '../../../../extension/ui/detail/GraphiqueEcheancier';
import { convention } from '../donnees';
import { demonterTout, monter, requis, texte } from '../outils';

afterEach(demonterTout);

describe("graphique de l'échéancier", () => {
  it('est une image SVG nommée par son titre et décrite en mots', () => {
    const vue = monter(<GraphiqueEcheancier echeancier={convention().echeancier} idBase="g" />);
    const svg = requis(vue.querySelector('svg'));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('g-titre g-desc');
    expect(texte(vue.querySelector('#g-titre'))).toBe('AE et CP par année, et leurs cumuls');
    expect(texte(vue.querySelector('#g-desc'))).toBe(
      '2024 : AE 2 500 000 €, CP 1 900 000 € ; 2025 : AE aucun montant, CP 600 000 €. Cumul fin 2025 : AE 2 500 000 €, CP 2 500 000 €.',
    );
  });

  it('trace une barre par montant non nul, deux courbes de cumul et des graduations en montants courts', () => {
    const vue = monter(<GraphiqueEcheancier echeancier={convention().echeancier} />);
    expect(vue.querySelectorAll('.graphique__barre-ae')).toHaveLength(1);
    expect(vue.querySelectorAll('.graphique__barre-cp')).toHaveLength(2);
    expect(vue.querySelectorAll('polyline.graphique__cumul-ae, polyline.graphique__cumul-cp')).toHaveLength(2);
    expect(vue.querySelectorAll('.graphique__exec-ae, .graphique__exec-cp')).toHaveLength(0);
    const graduations = [...vue.querySelectorAll('.graphique__graduation text')].map((t) => texte(t));
    expect(graduations[0]).toBe('0 €');
    expect(graduations.at(-1)).toBe('2,5 M€');
    // Bars never go above the plot: the highest bar (2,5 M€ on a 2,5 M€ axis) starts at the top margin.
    const ae = requis(vue.querySelector('.graphique__barre-ae'));
    expect(Number(ae.getAttribute('y'))).toBeCloseTo(12);
  });

  it("ajoute les cumuls d'exécution et leur légende quand l'exécution est connue", () => {
    const c = convention();
    const vue = monter(
      <GraphiqueEcheancier
        echeancier={c.echeancier}
        execution={{ conventionId: c.id, lignes: [{ annee: 2024, aeEngagees: 180000000, cpPayes: 150000000 }] }}
      />,
    );
    expect(vue.querySelectorAll('.graphique__exec-ae.graphique__marque')).toHaveLength(1);
    expect(texte(vue.querySelector('figcaption'))).toContain('AE engagées cumulées (pointillés, ronds vides)');
    expect(texte(vue.querySelector('desc'))).toContain('AE engagées cumulées fin 2024 : 1 800 000 €.');
  });

  it("ne trace pas de cumul pour une seule année (il vaudrait le montant de l'année)", () => {
    const vue = monter(<GraphiqueEcheancier echeancier={[{ annee: 2021, ae: 5000000, cp: 5000000 }]} />);
    expect(vue.querySelectorAll('.graphique__barre-ae, .graphique__barre-cp')).toHaveLength(2);
    expect(vue.querySelectorAll('.graphique__cumul-ae, .graphique__cumul-cp')).toHaveLength(0);
    expect(texte(vue.querySelector('figcaption'))).not.toContain('cumul');
  });

  it("ne dessine rien sans échéancier", () => {
    const vue = monter(<GraphiqueEcheancier echeancier={[]} />);
    expect(vue.querySelector('svg')).toBeNull();
  });
});
