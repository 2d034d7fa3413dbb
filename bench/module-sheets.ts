// Bench of the Sheets add-on, through its real built bundle in a Node vm with the in-memory
// spreadsheet of the tests: spreadsheet calls per validation (10, 1 000, 10 000 rows) and time.
import { assurerConstruction } from '../test/sheets-addon/util/charger';
import { mesurerValidation } from '../test/sheets-addon/util/mesures';
import { mediane, type Mesure } from './mesure';

export async function benchModuleSheets(): Promise<Mesure[]> {
  await assurerConstruction();
  const mesures: Mesure[] = [];
  const appels: number[] = [];
  for (const lignes of [10, 1_000, 10_000]) {
    const m = mesurerValidation(lignes);
    appels.push(m.appelsTableur.length);
    mesures.push({
      section: 'sheets',
      mesure: `appels au tableur par validation, ${lignes.toLocaleString('fr-FR')} lignes`,
      valeur: m.appelsTableur.length,
      unite: 'appels',
      objectif: '≤ 10',
      atteint: m.appelsTableur.length <= 10,
    });
  }
  const constant = appels.every((n) => n === appels[0]);
  mesures.push({ section: 'sheets', mesure: 'nombre d’appels constant de 10 à 10 000 lignes', valeur: constant ? 1 : 0, unite: constant ? 'oui' : 'non', objectif: 'constant', atteint: constant });
  const registre = [10, 5_000].map((n) => mesurerValidation(n, 1, 'registre').appelsTableur.length);
  mesures.push({
    section: 'sheets',
    mesure: '« Vérifier le registre », registre de 5 000 lignes (10 lignes : même nombre)',
    valeur: registre[1]!,
    unite: 'appels',
    objectif: '≤ 10',
    atteint: registre[1]! <= 10 && registre[0] === registre[1],
  });
  const durees = Array.from({ length: 5 }, () => mesurerValidation(10_000).dureeMs);
  mesures.push({ section: 'sheets', mesure: 'validation d’une feuille de 10 000 lignes (vm, médiane ×5)', valeur: mediane(durees), unite: 'ms' });
  const seconde = Array.from({ length: 3 }, () => mesurerValidation(10_000, 2).dureeMs);
  mesures.push({ section: 'sheets', mesure: 'seconde validation (efface les marques), 10 000 lignes', valeur: mediane(seconde), unite: 'ms' });
  return mesures;
}
