// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envoyer } from '../../../../extension/lib/envoyer';
import { compacterDonneesRecherche } from '../../../../extension/lib/recherche-transport';
import type { ResumeConvention } from '../../../../extension/lib/messages';
import { Recherche } from '../../../../extension/ui/recherche/Recherche';
import { registreParDefaut } from '../../../../shared/registre/defaut';
import { indexerRegistre } from '../../../../shared/registre/recherche';
import { RESULTATS } from '../donnees';
import { demonterTout, monter, patienter, requis, taper, texte, touche } from '../outils';

vi.mock('../../../../extension/lib/envoyer', () => ({ envoyer: vi.fn() }));
const envoyerMock = vi.mocked(envoyer);

/** A fake background: `classe` finds the MENJS convention, anything else everything. */
function repondre(table: Record<string, ResumeConvention[]> = { classe: [RESULTATS[1]!] }) {
  envoyerMock.mockImplementation(async (requete) => {
    if (requete.type !== 'rechercher') return { ok: false, erreur: 'inattendu' };
    return { ok: true, valeur: table[requete.requete] ?? (requete.requete ? [] : RESULTATS) } as never;
  });
}

beforeEach(() => {
  envoyerMock.mockReset();
  repondre();
});
afterEach(demonterTout);

async function ouvrirRecherche(props: Partial<Parameters<typeof Recherche>[0]> = {}) {
  const onOuvrir = vi.fn();
  const onFermer = vi.fn();
  const vue = monter(<Recherche onOuvrir={onOuvrir} onFermer={onFermer} {...props} />);
  await patienter();
  const champ = requis(vue.querySelector<HTMLInputElement>('input[role="combobox"]'), 'champ de recherche');
  return { vue, champ, onOuvrir, onFermer };
}

const options = (vue: Element) => [...vue.querySelectorAll('[role="option"]')];

describe('recherche du popup', () => {
  it('liste toutes les conventions à l’ouverture, avec leur statut en mots', async () => {
    const { vue, champ } = await ouvrirRecherche();
    expect(envoyerMock).toHaveBeenCalledWith({ type: 'rechercher', requete: '', limite: 20 });
    const parties = (o: Element) => ['.resultat__qui', '.pastille', '.resultat__libelle'].map((c) => texte(o.querySelector(c)));
    expect(options(vue).map(parties)).toEqual([
      ['Incubateur mission-apprentissage', 'attention', 'Convention DGEFP · AE 2,5 M€ · J-37'],
      ['Classe à 12', 'terminée', 'Convention MENJS · échue le 31 déc. 2021'],
      ['Tableau de bord de l’apprentissage', 'alerte', 'Partenariat FAST DGEFP · échue le 31 déc. 2024'],
    ]);
    // An ended convention with nothing wrong is grey, like the page badges; the words never say « à jour » beside « échue ».
    expect(options(vue)[1]!.querySelector('.pastille')?.className).toContain('pastille--neutre');
    expect(texte(vue.querySelector('[role="status"]'))).toBe('3 conventions, de la plus urgente à la moins urgente');
    expect(champ.getAttribute('aria-expanded')).toBe('true');
    expect(champ.getAttribute('aria-controls')).toBe(requis(vue.querySelector('[role="listbox"]')).id);
  });

  it('cherche à chaque frappe et annonce le nombre de résultats', async () => {
    const { vue, champ } = await ouvrirRecherche();
    await taper(champ, 'classe');
    await patienter();
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'rechercher', requete: 'classe', limite: 20 });
    expect(options(vue)).toHaveLength(1);
    expect(texte(vue.querySelector('[role="status"]'))).toBe('1 convention pour « classe »');
  });

  it('↓ et ↑ déplacent l’option active sans quitter le champ ; Entrée ouvre la convention active', async () => {
    const { vue, champ, onOuvrir } = await ouvrirRecherche();
    expect(champ.hasAttribute('aria-activedescendant')).toBe(false);
    const bas = await touche(champ, 'ArrowDown');
    expect(bas.defaultPrevented).toBe(true);
    await touche(champ, 'ArrowDown');
    expect(champ.getAttribute('aria-activedescendant')).toBe(options(vue)[1]!.id);
    expect(options(vue).map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    await touche(champ, 'ArrowDown');
    await touche(champ, 'ArrowDown'); // stays on the last one
    expect(champ.getAttribute('aria-activedescendant')).toBe(options(vue)[2]!.id);
    await touche(champ, 'ArrowUp');
    await touche(champ, 'Enter');
    expect(onOuvrir).toHaveBeenCalledWith('menjs-2021-01-26');
  });

  it('Entrée sans flèche ouvre le premier résultat', async () => {
    const { champ, onOuvrir } = await ouvrirRecherche();
    await taper(champ, 'classe');
    await patienter();
    await touche(champ, 'Enter');
    expect(onOuvrir).toHaveBeenCalledWith('menjs-2021-01-26');
  });

  it('Entrée tapée avant la réponse à la dernière frappe ouvre le premier résultat de cette réponse', async () => {
    let liberer: () => void = () => {};
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type !== 'rechercher') return { ok: false, erreur: '' };
      if (requete.requete === 'classe') await new Promise<void>((fin) => (liberer = fin));
      return { ok: true, valeur: requete.requete === 'classe' ? [RESULTATS[1]!] : RESULTATS } as never;
    });
    const { champ, onOuvrir } = await ouvrirRecherche();
    await taper(champ, 'classe');
    await touche(champ, 'Enter'); // the list still shows the previous answer (all conventions)
    expect(onOuvrir).not.toHaveBeenCalled();
    liberer();
    await patienter();
    expect(onOuvrir).toHaveBeenCalledExactlyOnceWith('menjs-2021-01-26');
  });

  it('un clic ouvre un résultat', async () => {
    const { vue, onOuvrir } = await ouvrirRecherche();
    options(vue)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onOuvrir).toHaveBeenCalledWith('dinum-2024-03-27');
  });

  it('Échap efface la recherche, puis ferme le popup quand elle est vide', async () => {
    const { champ, onFermer } = await ouvrirRecherche();
    await taper(champ, 'classe');
    await patienter();
    await touche(champ, 'Escape');
    expect(champ.value).toBe('');
    expect(onFermer).not.toHaveBeenCalled();
    await touche(champ, 'Escape');
    expect(onFermer).toHaveBeenCalledTimes(1);
  });

  it('dit quand rien ne correspond', async () => {
    const { vue, champ } = await ouvrirRecherche();
    await taper(champ, 'zzz');
    await patienter();
    expect(options(vue)).toHaveLength(0);
    expect(champ.getAttribute('aria-expanded')).toBe('false');
    expect(texte(vue.querySelector('[role="status"]'))).toBe('Aucune convention ne correspond à « zzz ».');
  });

  it('ignore une réponse arrivée après une frappe plus récente', async () => {
    let libererLente: () => void = () => {};
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type !== 'rechercher') return { ok: false, erreur: '' };
      if (requete.requete === 'c') await new Promise<void>((fin) => (libererLente = fin));
      return { ok: true, valeur: requete.requete === 'cl' ? [RESULTATS[1]!] : RESULTATS } as never;
    });
    const { vue, champ } = await ouvrirRecherche();
    await taper(champ, 'c');
    await taper(champ, 'cl');
    await patienter();
    libererLente();
    await patienter();
    expect(options(vue).map((o) => o.getAttribute('data-convention'))).toEqual(['menjs-2021-01-26']);
  });

  it("affiche l'erreur du background en mots", async () => {
    envoyerMock.mockResolvedValue({ ok: false, erreur: "L'extension n'a pas répondu." });
    const { vue } = await ouvrirRecherche();
    expect(texte(vue.querySelector('[role="status"]'))).toBe("Recherche impossible : L'extension n'a pas répondu.");
  });

  it('affiche comme du texte un nom de startup qui contient du HTML', async () => {
    const piege = '<b>gras</b><img src=x onerror=alert(1)>';
    envoyerMock.mockResolvedValue({ ok: true, valeur: [{ ...RESULTATS[1]!, nomsStartups: [piege], texteBadge: piege }] } as never);
    const { vue } = await ouvrirRecherche();
    expect(vue.querySelector('b, img')).toBeNull();
    expect(texte(vue.querySelector('.resultat__qui'))).toBe(piege);
  });
});

describe('recherche du popup, index local', () => {
  /** A background that gives the index once; any later message is a failure of the test. */
  function donnerIndex() {
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type === 'index-recherche') return { ok: true, valeur: compacterDonneesRecherche({ index: indexerRegistre(registreParDefaut), resumes: RESULTATS }) } as never;
      return { ok: false, erreur: `message inattendu : ${requete.type}` };
    });
  }

  it('cherche dans la page, sans message par frappe, et dit combien correspondent', async () => {
    donnerIndex();
    const { vue, champ } = await ouvrirRecherche();
    expect(vue.querySelector('[data-recherche]')?.getAttribute('data-recherche')).toBe('locale');
    expect(texte(vue.querySelector('[role="status"]'))).toBe('3 conventions, de la plus urgente à la moins urgente');
    envoyerMock.mockClear();
    await taper(champ, 'classe');
    await patienter();
    expect(envoyerMock).not.toHaveBeenCalled();
    expect(options(vue).map((o) => o.getAttribute('data-convention'))).toEqual(['menjs-2021-01-26']);
    expect(texte(vue.querySelector('[role="status"]'))).toBe('1 convention pour « classe »');
  });

  it('annonce les résultats au-delà de ceux affichés', async () => {
    const beaucoup = Array.from({ length: 30 }, (_, i) => ({ ...RESULTATS[0]!, id: `c${i}` }));
    const registre = { ...registreParDefaut, conventions: beaucoup.map((r, i) => ({ ...registreParDefaut.conventions[0]!, id: r.id, titre: `Lot ${i}` })) };
    envoyerMock.mockImplementation(async (requete) => {
      if (requete.type === 'index-recherche') return { ok: true, valeur: compacterDonneesRecherche({ index: indexerRegistre(registre), resumes: beaucoup }) } as never;
      return { ok: false, erreur: 'inattendu' };
    });
    const { vue, champ } = await ouvrirRecherche();
    await taper(champ, 'lot');
    await patienter();
    expect(options(vue)).toHaveLength(20);
    expect(texte(vue.querySelector('[role="status"]'))).toBe('30 conventions pour « lot » ; 20 affichées');
  });

  it('sans index, garde la recherche par messages', async () => {
    const { vue, champ } = await ouvrirRecherche();
    expect(vue.querySelector('[data-recherche]')?.getAttribute('data-recherche')).toBe('messages');
    await taper(champ, 'classe');
    await patienter();
    expect(envoyerMock).toHaveBeenLastCalledWith({ type: 'rechercher', requete: 'classe', limite: 20 });
  });
});
