import { describe, expect, it } from 'vitest';
import { commandeWords } from '../../../shared/cli/words';

describe('jauge words', () => {
  it('écrit des chiffres en lettres, dans les deux orthographes', () => {
    expect(commandeWords('2 500 000 €', false, false)).toEqual({ code: 0, stdout: 'deux millions cinq cent mille euros\n', stderr: '' });
    expect(commandeWords('2500000', true, false).stdout).toBe('deux millions cinq-cent-mille euros\n');
  });

  it('relit des lettres en chiffres, avec les avertissements', () => {
    expect(commandeWords("quatre-vingts millions d'euros", false, false).stdout).toBe('80\u202f000\u202f000\u00a0€\n');
    const suisse = commandeWords('septante mille euros', false, false);
    expect(suisse.code).toBe(0);
    expect(suisse.stdout).toMatch(/^70\u202f000\u00a0€\n⚠ /);
  });

  it('--json donne centimes, chiffres et lettres', () => {
    expect(JSON.parse(commandeWords('1 900 000,50 €', false, true).stdout)).toEqual({
      centimes: 190000050,
      chiffres: '1\u202f900\u202f000,50\u00a0€',
      lettres: 'un million neuf cent mille euros et cinquante centimes',
    });
  });

  it('une entrée illisible donne le code 2 et la seule raison qui la concerne', () => {
    const ambigu = commandeWords('1.900', false, false);
    expect(ambigu.code).toBe(2);
    expect(ambigu.stderr).toMatch(/^jauge : Montant ambigu : «\s1\.900\s»/);
    expect(ambigu.stderr).not.toContain('en lettres');
    expect(commandeWords('bonjour', false, false).code).toBe(2);
    expect(commandeWords('', false, false).code).toBe(2);
  });
});
