// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import type { EcartsConvention, Requete } from '../../../../extension/lib/messages';
import { EcartsSource } from '../../../../extension/ui/options/EcartsSource';
import { demonterTout, monter, patienter, requis, texte } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

let ecarts: EcartsConvention[];
beforeEach(() => {
  ecarts = [
    {
      id: 'dgefp-2024',
      nom: 'Convention DGEFP',
      champs: [
        { champ: 'dateFin', mienne: '2026-06-30', source: '2026-03-31', le: '2026-11-24T10:00:00Z' },
        { champ: 'echeancier', mienne: [{ annee: 2024, ae: 250_000_000, cp: 190_000_000 }], source: [{ annee: 2024, ae: 200_000_000, cp: 190_000_000 }], le: '2026-11-24T10:00:00Z' },
      ],
    },
  ];
  envoyerMock.mockReset();
  envoyerMock.mockImplementation(async (r: Requete) => {
    if (r.type === 'ecarts-source') return { ok: true, valeur: ecarts } as never;
    if (r.type === 'resoudre-ecart') {
      ecarts = ecarts.map((c) => ({ ...c, champs: c.champs.filter((e) => e.champ !== r.champ) })).filter((c) => c.champs.length > 0);
      return { ok: true, valeur: { ok: true } } as never;
    }
    return { ok: false, erreur: 'inattendu' };
  });
});
afterEach(() => demonterTout());

const plat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('écarts avec la source', () => {
  it('dit, par convention et par champ, la valeur de la personne et celle de la source, en mots', async () => {
    const vue = monter(<EcartsSource version={0} />);
    await patienter();
    const lignes = [...vue.querySelectorAll('li')].map((li) => plat(texte(li.querySelector('p'))));
    expect(lignes[0]).toMatch(/^Date de fin : la vôtre 30 juin 2026 ; la source 31 mars 2026 \(vue le 24 novembre 2026 à \d\d:00\)$/);
    expect(lignes[1]).toContain('Échéancier : la vôtre 2024 : AE 2 500 000 €, CP 1 900 000 € ; la source 2024 : AE 2 000 000 €, CP 1 900 000 €');
  });

  it('un choix envoie la décision pour ce seul champ, puis la liste se met à jour ; rien quand il n’y a plus d’écart', async () => {
    const change = vi.fn();
    const vue = monter(<EcartsSource version={0} onChange={change} />);
    await patienter();
    await act(async () => {
      requis(vue.querySelector('li[data-champ="dateFin"] button:last-child') as HTMLButtonElement).click();
    });
    await patienter(3);
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'resoudre-ecart', conventionId: 'dgefp-2024', champ: 'dateFin', choix: 'source' });
    expect(change).toHaveBeenCalled();
    expect(vue.querySelectorAll('li')).toHaveLength(1);
    await act(async () => {
      requis(vue.querySelector('li[data-champ="echeancier"] button') as HTMLButtonElement).click();
    });
    await patienter(3);
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'resoudre-ecart', conventionId: 'dgefp-2024', champ: 'echeancier', choix: 'mienne' });
    expect(vue.querySelector('section')).toBeNull();
  });
});
