// Bench of the Google Docs add-on, through its real built bundle in a Node vm with the DocumentApp
// double of the tests: calls to the document per check (10, 1 000, 10 000 paragraphs) and time.
import { assurerConstruction } from '../test/sheets-addon/util/charger-docs';
import { mesurerVerificationDocs } from '../test/sheets-addon/util/mesures-docs';
import { mediane, type Mesure } from './mesure';

export async function benchModuleDocs(): Promise<Mesure[]> {
  await assurerConstruction();
  const mesures: Mesure[] = [];
  const appels: number[] = [];
  for (const paragraphes of [10, 1_000, 10_000]) {
    const m = mesurerVerificationDocs(paragraphes);
    appels.push(m.appelsDocument.length);
    mesures.push({
      section: 'docs',
      mesure: `appels au document par vérification, ${m.paragraphes.toLocaleString('fr-FR')} paragraphes (2 tableaux, 2 marques)`,
      valeur: m.appelsDocument.length,
      unite: 'appels',
      objectif: '≤ 10',
      atteint: m.appelsDocument.length <= 10,
    });
  }
  const constant = appels.every((n) => n === appels[0]);
  mesures.push({ section: 'docs', mesure: 'nombre d’appels constant de 10 à 10 000 paragraphes', valeur: constant ? 1 : 0, unite: constant ? 'oui' : 'non', objectif: 'constant', atteint: constant });
  const seconde = mesurerVerificationDocs(10_000, 2);
  mesures.push({ section: 'docs', mesure: 'nouvelle vérification d’un document inchangé (rien n’est écrit)', valeur: seconde.appelsDocument.length, unite: 'appels' });
  const durees = Array.from({ length: 3 }, () => mesurerVerificationDocs(10_000).dureeMs);
  mesures.push({ section: 'docs', mesure: 'vérification d’un document de 10 000 paragraphes (vm, médiane ×3)', valeur: mediane(durees), unite: 'ms' });
  return mesures;
}
