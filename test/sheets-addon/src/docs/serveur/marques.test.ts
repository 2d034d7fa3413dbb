import { describe, expect, it } from 'vitest';
import {
  decoderPlages,
  encoderPlages,
  fondsParPassage,
  planifierMarques,
  planifierRestauration,
  trierMarques,
  type PlageStockee,
} from '../../../../../sheets-addon/src/docs/serveur/marques';

/** A body of 30 characters whose backgrounds are given by runs. */
function fonds(runs: Array<[number, string | null]>) {
  const indices = runs.map(([i]) => i);
  const lues: number[] = [];
  const lire = (o: number) => {
    lues.push(o);
    return [...runs].reverse().find(([i]) => i <= o)![1];
  };
  return { indices, lire, lues };
}

const CORPS = 'Montant : 2 500 000 € en 2024.';

describe('planifierMarques', () => {
  it('retient, passage par passage, le fond qu’avait la plage, puis pose le nôtre ; un fond lu une fois par passage', () => {
    const f = fonds([[0, null], [10, '#ffff00'], [21, null]]);
    const plan = planifierMarques([{ debut: 10, fin: 30, gravite: 'erreur' }], CORPS, f.indices, fondsParPassage(f.indices, f.lire));
    expect(plan.stockees).toEqual([{ debut: 10, fin: 30, extrait: '2 500 000 € en 2024.', fonds: [[0, 11, '#ffff00'], [11, 20, null]] }]);
    expect(plan.ecritures).toEqual([{ debut: 10, fin: 30, fond: '#ffdddd' }]);
    expect(f.lues).toEqual([10, 21]);
  });

  it('ne marque plus quand la mémoire du document est pleine', () => {
    const f = fonds([[0, null]]);
    const plan = planifierMarques([{ debut: 0, fin: 5, gravite: 'information' }, { debut: 6, fin: 9, gravite: 'erreur' }], CORPS, f.indices, fondsParPassage(f.indices, f.lire), 40);
    expect(plan.stockees).toHaveLength(1);
    expect(plan.nonMarquees).toBe(1);
  });
});

describe('planifierRestauration', () => {
  const stockee: PlageStockee = { debut: 10, fin: 30, extrait: '2 500 000 €', fonds: [[0, 11, '#ffff00'], [11, 20, null]] };

  it('rend chaque passage là où notre fond est encore, et garde ce que la personne a recoloré', () => {
    const f = fonds([[0, null], [10, '#ffdddd'], [25, '#00ff00']]);
    const plan = planifierRestauration([stockee], CORPS, f.indices, fondsParPassage(f.indices, f.lire));
    expect(plan).toEqual({ ecritures: [{ debut: 10, fin: 21, fond: '#ffff00' }, { debut: 21, fin: 25, fond: null }], restaurees: 1, perdues: 0 });
  });

  it('retrouve une plage déplacée par ses premiers caractères, et compte comme perdue celle dont le texte a disparu', () => {
    const decale = `Ajout. ${CORPS}`;
    const f = fonds([[0, null], [17, '#ffdddd']]);
    expect(planifierRestauration([stockee], decale, f.indices, fondsParPassage(f.indices, f.lire)).ecritures[0]).toEqual({ debut: 17, fin: 28, fond: '#ffff00' });
    expect(planifierRestauration([stockee], 'Tout autre chose, sans montant.', [0], () => '#ffdddd')).toEqual({ ecritures: [], restaurees: 0, perdues: 1 });
  });
});

describe('trierMarques', () => {
  it('garde une marque intacte au même endroit et de la même gravité ; remet les autres', () => {
    const gardee: PlageStockee = { debut: 10, fin: 21, extrait: '2 500 000 €', fonds: [[0, 11, null]] };
    const autre: PlageStockee = { debut: 0, fin: 7, extrait: 'Montant', fonds: [[0, 7, null]] };
    const f = fonds([[0, '#feecc2'], [7, null], [10, '#ffdddd'], [21, null]]);
    const tri = trierMarques([autre, gardee], [{ debut: 10, fin: 21, gravite: 'erreur' }, { debut: 25, fin: 29, gravite: 'information' }], CORPS, f.indices, fondsParPassage(f.indices, f.lire));
    expect(tri).toEqual({ gardees: [gardee], aRestaurer: [autre], aMarquer: [{ debut: 25, fin: 29, gravite: 'information' }] });
  });
});

describe('mémoire des marques', () => {
  it('fait l’aller-retour par les propriétés, et ignore ce qui ne se lit pas', () => {
    const plages: PlageStockee[] = [{ debut: 3, fin: 9, extrait: 'Aé « x »', fonds: [[0, 6, null]] }];
    expect(decoderPlages(encoderPlages(plages))).toEqual(plages);
    expect(decoderPlages({ 'jauge.docs.marques': '1', 'jauge.docs.marques.0': '{"v":2}' })).toEqual([]);
    expect(decoderPlages({})).toEqual([]);
  });
});
