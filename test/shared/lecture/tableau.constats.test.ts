// The table reader seen through the rules, as `jauge check FILE.csv` runs it: CSV → grid → tables →
// verifier. Each case asserts every finding's rule, gravité, cell and exact French message.
import { describe, expect, it } from 'vitest';
import { lireCsv } from '../../../shared/lecture/csv';
import { lireTableaux } from '../../../shared/lecture/tableau';
import { formaterMontant } from '../../../shared/montant';
import { verifier } from '../../../shared/verifier';

/** Every finding of every table of a CSV, as [regle, gravite, cellule, message]. */
function constats(csv: string): [string, string, string | undefined, string][] {
  const lu = lireCsv(csv);
  if (!lu.ok) throw new Error(lu.erreur);
  return lireTableaux(lu.grille).flatMap((t) =>
    t.contextes.flatMap((c) => verifier({ ...c, aujourdhui: '2025-01-10' }).map((x) => [x.regle, x.gravite, x.position?.cellule, x.message] as [string, string, string | undefined, string])),
  );
}

/** Euros as the messages write them (Intl fr-FR, narrow no-break spaces). */
const eur = (euros: number): string => formaterMontant(euros * 100);

const VISA_2024 = (ae: number) =>
  `AE de 2024 : ${eur(ae)}, seuil de ${eur(500_000)} atteint : l'engagement passera probablement par le visa préalable du contrôleur budgétaire (CBCM) ; prévoyez son délai avant les premières commandes.`;

describe('constats d’un échéancier CSV', () => {
  it('lit « Plafond » sous le tableau comme le plafond de la convention, et le signale dépassé', () => {
    const csv = 'Date de signature;28/03/2024\nDate de fin;31/12/2025\n\nAnnée;AE;CP\n2024;2 500 000 €;1 900 000 €\n2025;;600 000 €\nPlafond;2 000 000 €\n';
    expect(constats(csv)).toEqual([
      [
        'plafond-depasse',
        'erreur',
        'B5',
        `AE cumulées fin 2024 (${eur(2_500_000)}) au-delà du montant maximum de la convention (${eur(2_000_000)}) : ramenez les AE de 2024 à ${eur(2_000_000)} au plus, ou relevez le montant maximum par avenant.`,
      ],
      ['visa-cbcm-probable', 'information', 'B5', VISA_2024(2_500_000)],
    ]);
  });

  it('compare les chiffres et les lettres d’une même cellule (lettres-chiffres-discordants, pas montant-illisible)', () => {
    const csv =
      'Date de signature;28/03/2024\nDate de fin;31/12/2025\nAnnée;AE;CP\n2024;2 500 000 € (deux millions cinq cents euros);1 900 000 €\n2025;0 €;600 000 €\n';
    expect(constats(csv)).toEqual([
      [
        'lettres-chiffres-discordants',
        'erreur',
        'B4',
        `Montant en lettres discordant : «\u00a0deux millions cinq cents euros\u00a0» vaut ${eur(2_000_500)}, mais les chiffres disent ${eur(2_500_000)}. ` +
          `Si ${eur(2_500_000)} est juste, écrivez « deux millions cinq cent mille euros » ; sinon corrigez les chiffres en ${eur(2_000_500)}.`,
      ],
      ['visa-cbcm-probable', 'information', 'B4', VISA_2024(2_500_000)],
    ]);
  });

  it('ne dit rien quand chiffres et lettres concordent, dans la cellule ou dans une colonne « en lettres »', () => {
    const csv =
      'Date de signature;28/03/2024\nDate de fin;31/12/2025\nAnnée;AE;CP;Montant en lettres\n' +
      '2024;deux cent mille euros (200 000 €);100 000 €;cent mille euros\n2025;0 €;100 000 €;cent mille euros\n';
    expect(constats(csv)).toEqual([]);
  });

  it('signale les lettres discordantes d’une colonne « CP en lettres » dans sa cellule', () => {
    const csv =
      'Date de signature;28/03/2024\nDate de fin;31/12/2025\nAnnée;AE;CP;CP en lettres\n' +
      '2024;200 000 €;100 000 €;cent mille euros\n2025;0 €;100 000 €;dix mille euros\n';
    expect(constats(csv)).toEqual([
      [
        'lettres-chiffres-discordants',
        'erreur',
        'D5',
        `Montant en lettres discordant : «\u00a0dix mille euros\u00a0» vaut ${eur(10_000)}, mais les chiffres disent ${eur(100_000)}. ` +
          `Si ${eur(100_000)} est juste, écrivez « cent mille euros » ; sinon corrigez les chiffres en ${eur(10_000)}.`,
      ],
    ]);
  });

  it('écrit sans majuscule après les deux-points ce qu’il n’a pas pu lire', () => {
    const csv = 'Date de signature;28/03/2024\nDate de fin;31/12/2025\nAnnée;AE;CP\n2024;#REF!;1 €\n2025;=SOMME(B4:B4);1 €\n#N/A;1 €;1 €\n';
    const csvCourt = 'Date de signature;28/03/2024\nDate de fin;31/12/2025\nAnnée;AE;CP\n2024;1 €\n';
    expect(constats(csv)).toEqual([
      [
        'montant-illisible',
        'erreur',
        'B4',
        'Montant des AE de 2024 illisible : erreur de formule «\u00a0#REF!\u00a0» (la formule désigne une cellule qui n\u2019existe plus, ligne ou colonne supprimée). Corrigez la formule ou écrivez le montant à la main.',
      ],
      [
        'montant-illisible',
        'erreur',
        'B5',
        'Montant des AE de 2025 illisible : formule non calculée «\u00a0=SOMME(B4:B4)\u00a0». Exportez les valeurs calculées plutôt que les formules, ou écrivez le montant à la main.',
      ],
      [
        'annee-illisible',
        'erreur',
        'A6',
        "Année illisible : erreur de formule «\u00a0#N/A\u00a0» (la formule ne trouve pas la valeur cherchée, recherche sans résultat). Corrigez la formule ou écrivez l'année à la main.",
      ],
    ]);
    expect(constats(csvCourt)).toEqual([
      [
        'montant-illisible',
        'erreur',
        'C4',
        "Montant des CP de 2024 absent : la ligne s'arrête avant cette colonne (elle est plus courte que l'en-tête). Complétez la ligne, ou laissez explicitement la cellule vide.",
      ],
    ]);
  });
});
