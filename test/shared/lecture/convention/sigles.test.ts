import { describe, expect, it } from 'vitest';
import { epelleLesInitiales, sigleDesInitiales } from '../../../../shared/lecture/convention/sigles';

describe('epelleLesInitiales', () => {
  it.each([
    ['MILDT', 'Mission interministérielle de lutte contre la drogue et la toxicomanie'],
    ['MILCDT', 'Mission interministérielle de lutte contre la drogue et la toxicomanie'],
    ['DGE', 'Direction générale des entreprises'],
    ['MENJS', "ministère de l'Éducation nationale, de la Jeunesse et des Sports"],
  ])('%s spells %s', (sigle, nom) => {
    expect(epelleLesInitiales(sigle, nom)).toBe(true);
  });

  it.each([
    ['MIL', 'Mission interministérielle de lutte contre la drogue et la toxicomanie'],
    ['DGA', 'Direction générale des entreprises'],
    ['DB', 'Direction du budget'],
    ['ABC', 'Agence'],
  ])('%s does not spell %s', (sigle, nom) => {
    expect(epelleLesInitiales(sigle, nom)).toBe(false);
  });
});

describe('sigleDesInitiales', () => {
  const nom = 'Mission interministérielle de lutte contre la drogue et la toxicomanie';
  it('finds the capital token of the party\'s own lines that spells its initials', () => {
    expect(sigleDesInitiales(['la Mission …, BOP MILDT action n° 15 du programme 129'], nom)).toBe('MILDT');
  });
  it('takes nothing that is not a whole capital token, nor a person\'s title', () => {
    expect(sigleDesInitiales(['BOP XMILDT', 'MILDT-2'], nom)).toBeUndefined();
    expect(sigleDesInitiales(['DAF'], 'directrice des affaires financières')).toBeUndefined();
  });
});
