import { describe, expect, it } from 'vitest';
import { lireMontantEnLettres, montantEnLettres, nombreEnLettres } from '../../shared/lettres';

const euros = (n: number): number => n * 100;

describe('montantEnLettres — traditional spelling', () => {
  it.each<[number, string]>([
    [euros(2_500_000), 'deux millions cinq cent mille euros'],
    [euros(1_900_000), 'un million neuf cent mille euros'],
    [euros(600_000), 'six cent mille euros'],
    [euros(90_000), 'quatre-vingt-dix mille euros'],
    [euros(80_000), 'quatre-vingt mille euros'],
    [euros(30_000), 'trente mille euros'],
    [euros(80), 'quatre-vingts euros'],
    [euros(81), 'quatre-vingt-un euros'],
    [euros(91), 'quatre-vingt-onze euros'],
    [euros(97), 'quatre-vingt-dix-sept euros'],
    [euros(200), 'deux cents euros'],
    [euros(201), 'deux cent un euros'],
    [euros(100), 'cent euros'],
    [euros(101), 'cent un euros'],
    [euros(21), 'vingt et un euros'],
    [euros(71), 'soixante et onze euros'],
    [euros(72), 'soixante-douze euros'],
    [euros(17), 'dix-sept euros'],
    [euros(1000), 'mille euros'],
    [euros(2000), 'deux mille euros'],
    [euros(1280), 'mille deux cent quatre-vingts euros'],
    [euros(21_000), 'vingt et un mille euros'],
    [euros(200_000), 'deux cent mille euros'],
    [euros(1_000_000), "un million d'euros"],
    [euros(2_000_000), "deux millions d'euros"],
    [euros(200_000_000), "deux cents millions d'euros"],
    [euros(80_000_000), "quatre-vingts millions d'euros"],
    [euros(201_000_000), "deux cent un millions d'euros"],
    [euros(1_000_000_000), "un milliard d'euros"],
    [euros(3_000_000_000), "trois milliards d'euros"],
    [euros(2_000_001_000), 'deux milliards mille euros'],
    [euros(1_000_000_000_000), "mille milliards d'euros"],
    [euros(1), 'un euro'],
    [euros(2), 'deux euros'],
    [0, 'zéro euro'],
    [250, 'deux euros et cinquante centimes'],
    [101, 'un euro et un centime'],
    [50, 'cinquante centimes'],
    [1, 'un centime'],
    [euros(2_000_000) + 5, "deux millions d'euros et cinq centimes"],
    [-euros(500), 'moins cinq cents euros'],
  ])('%i → %j', (c, attendu) => {
    expect(montantEnLettres(c)).toBe(attendu);
  });
});

describe('montantEnLettres — 1990 spelling', () => {
  it.each<[number, string]>([
    [euros(2_500_000), 'deux millions cinq-cent-mille euros'],
    [euros(21), 'vingt-et-un euros'],
    [euros(71), 'soixante-et-onze euros'],
    [euros(7400), 'sept-mille-quatre-cents euros'],
    [euros(203), 'deux-cent-trois euros'],
    [euros(200_000_000), "deux-cents millions d'euros"],
    [euros(1_000_000), "un million d'euros"],
    [euros(90_000_000_000), "quatre-vingt-dix milliards d'euros"],
    [euros(1_234_000_000_000), "mille-deux-cent-trente-quatre milliards d'euros"],
    [250, 'deux euros et cinquante centimes'],
    [euros(21) + 21, 'vingt-et-un euros et vingt-et-un centimes'],
  ])('%i → %j', (c, attendu) => {
    expect(montantEnLettres(c, { orthographe1990: true })).toBe(attendu);
  });
});

describe('nombreEnLettres and contract errors', () => {
  it('writes bare numbers', () => {
    expect(nombreEnLettres(0)).toBe('zéro');
    expect(nombreEnLettres(999_999)).toBe('neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf');
    expect(nombreEnLettres(999_999, { orthographe1990: true })).toBe(
      'neuf-cent-quatre-vingt-dix-neuf-mille-neuf-cent-quatre-vingt-dix-neuf',
    );
  });

  it('refuses non-integer cents (callers hold integer cents by contract)', () => {
    expect(() => montantEnLettres(1.5)).toThrow(RangeError);
    expect(() => montantEnLettres(Number.NaN)).toThrow(RangeError);
    expect(() => nombreEnLettres(-1)).toThrow(RangeError);
  });
});

function lu(texte: string): { centimes: number; avertissements: string[] } {
  const r = lireMontantEnLettres(texte);
  if (!r.ok) throw new Error(`attendu ok pour ${texte} : ${r.erreur}`);
  return { centimes: r.centimes, avertissements: r.avertissements };
}

function erreur(texte: string): string {
  const r = lireMontantEnLettres(texte);
  if (r.ok) throw new Error(`attendu une erreur pour ${texte}, lu ${r.centimes}`);
  return r.erreur;
}

describe('lireMontantEnLettres — correct texts, no warning', () => {
  it.each<[string, number]>([
    ['deux millions cinq cent mille euros', euros(2_500_000)],
    ['deux millions cinq-cent-mille euros', euros(2_500_000)],
    ['deux-millions-cinq-cent-mille euros', euros(2_500_000)],
    ['Deux Millions Cinq Cent Mille Euros', euros(2_500_000)],
    ['DEUX MILLIONS CINQ CENT MILLE €', euros(2_500_000)],
    ['deux millions cinq cent mille', euros(2_500_000)],
    ["deux millions d'euros", euros(2_000_000)],
    ['deux millions d’euros', euros(2_000_000)],
    ['deux millions de euros', euros(2_000_000)],
    ['un million neuf cent mille euros', euros(1_900_000)],
    ['quatre-vingts euros', euros(80)],
    ['quatre vingts euros', euros(80)],
    ['quatre-vingt-un euros', euros(81)],
    ['quatre-vingt mille euros', euros(80_000)],
    ['deux cents euros', euros(200)],
    ['deux cent un euros', euros(201)],
    ['deux cents millions d’euros', euros(200_000_000)],
    ['vingt et un euros', euros(21)],
    ['vingt-et-un euros', euros(21)],
    ['soixante et onze euros', euros(71)],
    ['soixante-dix-sept', euros(77)],
    ['mille euros', euros(1000)],
    ['mille milliards', euros(1_000_000_000_000)],
    ['un euro', 100],
    ['zéro euro', 0],
    ['ZERO EURO', 0],
    ['deux euros et cinquante centimes', 250],
    ['deux euros cinquante centimes', 250],
    ['deux euros, cinquante centimes', 250],
    ['deux euros cinquante', 250],
    ['deux euros et cinquante', 250],
    ['deux et cinquante centimes', 250],
    ['zéro euro et cinquante centimes', 50],
    ['cinquante centimes', 50],
    ['un centime', 1],
    ['moins cinq cents euros', -euros(500)],
    ['  trente mille euros. ', euros(30_000)],
  ])('%j → %i', (texte, attendu) => {
    expect(lu(texte)).toEqual({ centimes: attendu, avertissements: [] });
  });
});

describe('lireMontantEnLettres — slips and regional forms are read with a warning', () => {
  it.each<[string, number, string]>([
    ['quatre-vingt euros', euros(80), '« quatre-vingt » prend un s en fin de nombre : « quatre-vingts ».'],
    ['quatre-vingts mille euros', euros(80_000), '« vingt » reste invariable devant « mille » : « quatre-vingt mille ».'],
    ['quatre-vingts-deux euros', euros(82), '« quatre-vingts » perd son s quand un nombre le suit : « quatre-vingt-deux ».'],
    ['quatre-vingt et un euros', euros(81), '« quatre-vingt et un » s\'écrit sans « et » : « quatre-vingt-un ».'],
    ['deux milles euros', euros(2000), '« mille » est invariable : « mille », jamais « milles ».'],
    ['un mille euros', euros(1000), '« un mille » s\'écrit « mille ».'],
    ['deux cent euros', euros(200), '« cent » multiplié prend un s en fin de nombre : « deux cents ».'],
    ['deux cents mille euros', euros(200_000), '« cent » reste invariable devant « mille » : « deux cent mille ».'],
    ['deux cents un euros', euros(201), '« cents » perd son s quand un nombre le suit : « deux cent un ».'],
    ['deux cent millions', euros(200_000_000), '« cent » multiplié prend un s en fin de nombre : « deux cents ».'],
    ['vingt-un euros', euros(21), '« vingt-un » s\'écrit « vingt et un ».'],
    ['soixante-onze euros', euros(71), '« soixante-onze » s\'écrit « soixante et onze ».'],
    ['septante-un euros', euros(71), '« septante-un » s\'écrit « septante et un ».'],
    ['deux million', euros(2_000_000), '« million » prend un s au pluriel : « millions ».'],
    ['un millions', euros(1_000_000), '« un millions » s\'écrit au singulier : « un million ».'],
    ['deux euro', euros(2), '« euro » prend un s au pluriel : « euros ».'],
    ['un euros', euros(1), '« euros » s\'écrit au singulier en dessous de deux : « un euro ».'],
    ['septante euros', euros(70), '« septante » (usage belge et suisse) lu 70 ; en France, on écrit « soixante-dix ».'],
    ['septante et un euros', euros(71), '« septante » (usage belge et suisse) lu 70 ; en France, on écrit « soixante-dix ».'],
    ['huitante mille euros', euros(80_000), '« huitante » (usage suisse) lu 80 ; en France, on écrit « quatre-vingts ».'],
    ['octante-deux euros', euros(82), '« octante » (usage suisse ancien) lu 80 ; en France, on écrit « quatre-vingts ».'],
    ['nonante-neuf euros', euros(99), '« nonante » (usage belge et suisse) lu 90 ; en France, on écrit « quatre-vingt-dix ».'],
    ['deux mil euros', euros(2000), '« mil » ne s\'emploie que dans les dates : « mille ».'],
  ])('%j → %i with a warning', (texte, attendu, avertissement) => {
    const r = lu(texte);
    expect(r.centimes).toBe(attendu);
    expect(r.avertissements).toContain(avertissement);
  });
});

describe('lireMontantEnLettres — garbage is refused in French', () => {
  it.each<[string, string]>([
    ['', 'Montant en lettres vide.'],
    ['   ', 'Montant en lettres vide.'],
    ['bonjour', '« bonjour » n\'est pas un nombre écrit en lettres'],
    ['euros', '« euros » n\'est pas un nombre écrit en lettres'],
    ['moins', 'aucun nombre'],
    ['trente dix', '« dix » n\'est pas attendu ici'],
    ['deux cent cent', '« cent » n\'est pas attendu ici'],
    ['deux trois', '« trois » n\'est pas attendu ici'],
    ['cent millions deux milliards', '« milliards » est mal placé'],
    ['millions', '« millions » doit être précédé d\'un nombre (« un million »)'],
    ['deux mille millions', 'écrivez des milliards'],
    ['deux euros cent centimes', 'les centimes doivent être inférieurs à cent'],
    ['cent centimes', 'un montant en centimes doit être inférieur à cent'],
    ['deux et cinquante', 'précisez « centimes » après les centimes'],
    ['2 500 000 €', 'il contient des chiffres'],
    ['deux euros trois euros', '« euros » n\'est pas attendu ici'],
  ])('%j', (texte, raison) => {
    const e = erreur(texte);
    expect(e).toContain(raison);
    if (texte.trim() !== '') {
      expect(e).toMatch(/^Montant en lettres illisible : «\u00a0.+\u00a0» — /);
      expect(e).toContain('Écrivez par exemple « deux millions cinq cent mille euros ».');
    }
  });

  it('never throws on odd values', () => {
    expect(lireMontantEnLettres(undefined as unknown as string)).toEqual({ ok: false, erreur: 'Montant en lettres vide.' });
    expect(lireMontantEnLettres(42 as unknown as string).ok).toBe(false);
  });
});
