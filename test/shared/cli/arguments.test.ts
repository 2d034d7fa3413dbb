import { describe, expect, it } from 'vitest';
import { lireArguments } from '../../../shared/cli/arguments';

describe('lireArguments', () => {
  it('sépare positionnels, drapeaux et options (espace ou =)', () => {
    const r = lireArguments(['a.txt', '--json', '--today', '2025-01-02', '--registry=r.json'], ['json'], ['today', 'registry']);
    expect(r.ok && r.arguments.positionnels).toEqual(['a.txt']);
    expect(r.ok && [...r.arguments.drapeaux]).toEqual(['json']);
    expect(r.ok && Object.fromEntries(r.arguments.options)).toEqual({ today: '2025-01-02', registry: 'r.json' });
  });

  it('refuse une option inconnue ou sans valeur, en français', () => {
    expect(lireArguments(['--jsn'], ['json'], [])).toEqual({ ok: false, erreur: 'Option inconnue : --jsn.' });
    expect(lireArguments(['--today'], [], ['today'])).toEqual({ ok: false, erreur: "L'option --today attend une valeur." });
  });

  it('lit une option d’une lettre (-o FICHIER) quand la commande la connaît, sinon la laisse en positionnel', () => {
    const r = lireArguments(['-o', 'dates.ics', '-x'], [], ['o']);
    expect(r.ok && Object.fromEntries(r.arguments.options)).toEqual({ o: 'dates.ics' });
    expect(r.ok && r.arguments.positionnels).toEqual(['-x']);
  });
});
