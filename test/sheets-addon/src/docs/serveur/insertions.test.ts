import { describe, expect, it } from 'vitest';
import { echeancierDuPlan, lettresApres } from '../../../../../sheets-addon/src/docs/serveur/insertions';

describe('lettresApres', () => {
  it('écrit en lettres le montant sélectionné, ou celui qui finit juste avant le curseur', () => {
    expect(lettresApres('2 500 000 €', { selection: true, apres: ' au', orthographe1990: false })).toBe(' (deux millions cinq cent mille euros)');
    expect(lettresApres('un plafond de 1 900 000,50 €', { selection: false, apres: '.', orthographe1990: false })).toBe(' (un million neuf cent mille euros et cinquante centimes)');
    expect(lettresApres('321 euros', { selection: true, apres: '', orthographe1990: true })).toBe(' (trois-cent-vingt-et-un euros)');
  });

  it('refuse en français ce qui n’est pas un montant, l’absence de montant, des lettres déjà écrites', () => {
    expect(() => lettresApres('', { selection: true, apres: '', orthographe1990: false })).toThrow(/^Sélectionnez un montant en chiffres/);
    expect(() => lettresApres('le délégataire', { selection: false, apres: '', orthographe1990: false })).toThrow(/^Aucun montant juste avant le curseur/);
    expect(() => lettresApres('1.900', { selection: true, apres: '', orthographe1990: false })).toThrow(/1\.900/);
    expect(() => lettresApres('90 000 €', { selection: true, apres: ' (quatre', orthographe1990: false })).toThrow(/déjà suivi d’une parenthèse/);
  });
});

describe('echeancierDuPlan', () => {
  const plan = ['Paiement\tmensuel', '', 'Bon de commande\tÉmis en\tMontant\tDu\tAu', 'BC1\tjanvier 2025\t30 000 €\tjanvier 2025\tmars 2025', '', 'Mois\tConsommation', 'janvier 2025\t10 000 €', 'février 2025\t10 000 €', 'mars 2025\t10 000 €'].join('\n');

  it('donne la phrase et le tableau du module plan : en-tête, une ligne par année, Total', () => {
    const { phrase, lignes } = echeancierDuPlan(plan);
    expect(phrase).toMatch(/^Échéancier prévisionnel/);
    expect(lignes.map((l) => l[0])).toEqual(['Année', '2025', 'Total']);
    expect(lignes[1]![1]).toMatch(/^30\s000\s€ \(trente mille euros\)$/);
  });

  it('refuse un plan vide ou illisible en nommant la cellule du bloc collé', () => {
    expect(() => echeancierDuPlan('  ')).toThrow(/^Collez d’abord le plan/);
    expect(() => echeancierDuPlan(plan.replace('30 000 €', 'beaucoup'))).toThrow(/^cellule C4 du plan collé : /);
  });
});
