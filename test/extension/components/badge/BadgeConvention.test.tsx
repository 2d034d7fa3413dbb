// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeConvention } from '../../../../extension/components/badge/BadgeConvention';
import { BadgeCarte } from '../../../../extension/components/badge/BadgeCarte';
import { BadgePlus } from '../../../../extension/components/badge/BadgePlus';
import { resumeExemple } from '../../aides/resume';

let hote: HTMLElement;
function monter(vnode: preact.ComponentChild) {
  hote = document.createElement('div');
  document.body.append(hote);
  act(() => render(vnode, hote));
  return hote;
}
afterEach(() => {
  render(null, hote);
  hote.remove();
});

describe('BadgeConvention', () => {
  it('dit son statut en mots (pas seulement en couleur)', () => {
    const h = monter(<BadgeConvention resume={resumeExemple()} onDetail={() => {}} />);
    const bouton = h.querySelector('button')!;
    expect(bouton.textContent).toBe('Convention DGEFP · AE 2,5 M€ · J-37 · attention');
    expect(bouton.className).toContain('jauge-badge--attention');
    expect(bouton.getAttribute('aria-expanded')).toBe('false');
    expect(bouton.getAttribute('aria-label')).toContain('niveau attention');
  });

  it('échue sans souci : gris neutre, jamais « à jour » ; en cours sans souci : « à jour » dans le nom accessible', () => {
    const h = monter(
      <BadgeConvention
        resume={resumeExemple({ niveau: 'ok', texteNiveau: 'terminée', phase: 'echue', texteBadge: 'échue le 31 déc. 2021' })}
        onDetail={() => {}}
      />,
    );
    const bouton = h.querySelector('button')!;
    expect(bouton.textContent).toBe('Convention DGEFP · échue le 31 déc. 2021');
    expect(bouton.getAttribute('aria-label')).toBe('Convention DGEFP, échue : échue le 31 déc. 2021. Afficher le résumé');
    expect(bouton.className).toContain('jauge-badge--neutre');
    const enCours = monter(<BadgeConvention resume={resumeExemple({ niveau: 'ok', texteNiveau: 'à jour', phase: 'en-cours' })} onDetail={() => {}} />);
    expect(enCours.querySelector('button')!.getAttribute('aria-label')).toContain('en cours, à jour');
  });

  it('les unités des montants gardent leur casse dans un badge en capitales (« k€ », jamais « K€ »)', () => {
    const h = monter(<BadgeConvention resume={resumeExemple({ texteBadge: 'AE 300\u00a0k€ · 1,5\u202fM€ · J-37' })} onDetail={() => {}} />);
    expect([...h.querySelectorAll('.jauge-unite')].map((u) => u.textContent)).toEqual(['k€', 'M€']);
    expect(h.querySelector('button')!.textContent).toContain('AE 300\u00a0k€ · 1,5\u202fM€ · J-37');
  });

  it('clic : ouvre le panneau (parties, durée, montants, alertes, prochaine date) ; Échap le ferme', () => {
    const onDetail = vi.fn();
    const h = monter(<BadgeConvention resume={resumeExemple()} onDetail={onDetail} />);
    const bouton = h.querySelector('button')!;
    act(() => bouton.click());
    expect(bouton.getAttribute('aria-expanded')).toBe('true');
    const panneau = h.querySelector('.jauge-panneau')!;
    expect(panneau.id).toBe(bouton.getAttribute('aria-controls'));
    const texte = panneau.textContent!;
    expect(texte).toContain('DGEFP → DINUM');
    expect(texte).toContain('28 mars 2024 – 31 déc. 2025');
    expect(texte).toContain('AE 2 500 000 € · CP 2 500 000 €');
    expect(texte).toContain('Attention : La convention se termine dans 37 jours.');
    expect(texte).toContain('12 déc. 2025 : dernières commandes');
    expect(texte).toContain('1 constat');
    act(() => [...panneau.querySelectorAll('button')].find((b) => b.textContent === 'Voir le détail')!.click());
    expect(onDetail).toHaveBeenCalledWith('dgefp-2024-03-28');
    act(() => {
      panneau.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(h.querySelector('.jauge-panneau')).toBeNull();
    expect(document.activeElement).toBe(bouton);
  });

  it('un clic ailleurs dans la page ferme le panneau', () => {
    const h = monter(<BadgeConvention resume={resumeExemple()} onDetail={() => {}} />);
    act(() => h.querySelector('button')!.click());
    expect(h.querySelector('.jauge-panneau')).not.toBeNull();
    act(() => document.body.click());
    expect(h.querySelector('.jauge-panneau')).toBeNull();
  });

  it('rend le HTML des données comme du texte', () => {
    const piege = '<img src=x onerror="window.__pirate=1">';
    const h = monter(
      <BadgeConvention
        resume={resumeExemple({ libelle: piege, delegant: piege, periode: piege, alertes: [{ niveau: 'alerte', message: piege }] })}
        onDetail={() => {}}
      />,
    );
    act(() => h.querySelector('button')!.click());
    expect(h.querySelector('img')).toBeNull();
    expect(h.querySelector('button')!.textContent).toContain(piege);
    expect(h.querySelector('.jauge-panneau')!.textContent).toContain(piege);
  });
});

describe('BadgePlus et BadgeCarte', () => {
  it('+N annonce les conventions cachées et les déplie', () => {
    const onDeplier = vi.fn();
    const h = monter(<BadgePlus nombre={2} libelles={['Convention DNE', 'Convention MENJS']} onDeplier={onDeplier} />);
    const b = h.querySelector('button')!;
    expect(b.textContent).toBe('+2');
    expect(b.getAttribute('aria-label')).toBe('2 autres conventions : Convention DNE, Convention MENJS. Tout afficher');
    act(() => b.click());
    expect(onDeplier).toHaveBeenCalledOnce();
  });

  it('badge de carte : la plus urgente, et combien d’autres', () => {
    const h = monter(<BadgeCarte conventions={[resumeExemple(), resumeExemple({ id: 'b', libelle: 'Convention DNE' })]} />);
    expect(h.textContent).toBe('Convention DGEFP · AE 2,5 M€ · J-37 · attention (+1)');
    expect(h.querySelector('button')).toBeNull();
  });

  it('badge de carte sans convention : rien', () => {
    const h = monter(<BadgeCarte conventions={[]} />);
    expect(h.innerHTML).toBe('');
  });
});
