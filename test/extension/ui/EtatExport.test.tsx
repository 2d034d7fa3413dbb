// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EtatExport } from '../../../extension/ui/EtatExport';
import { demonterTout, monter, texte } from './outils';

afterEach(() => demonterTout());

describe("état d'un export", () => {
  it("n'annonce rien tant que rien n'est demandé", () => {
    const vue = monter(<EtatExport etat={{ etape: 'attente' }} />);
    expect(texte(vue)).toBe('');
    expect(vue.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(vue.querySelector('[role="alert"]')).toBeNull();
  });

  it('annonce la préparation avec le format en capitales, puis le message de fin', () => {
    const enCours = monter(<EtatExport etat={{ etape: 'en-cours', format: 'xlsx' }} classe="exports__etat" />);
    expect(texte(enCours.querySelector('.exports__etat[aria-live="polite"]'))).toBe("Préparation de l'export XLSX…");
    const fait = monter(<EtatExport etat={{ etape: 'fait', message: 'Fichier jauge.csv téléchargé (2 conventions).' }} />);
    expect(texte(fait.querySelector('[aria-live="polite"]'))).toBe('Fichier jauge.csv téléchargé (2 conventions).');
    expect(fait.querySelector('[aria-live]')!.hasAttribute('class')).toBe(false);
  });

  it("dit pourquoi l'export a échoué, dans une alerte hors de la zone polie", () => {
    const vue = monter(<EtatExport etat={{ etape: 'echec', erreur: 'Disque plein.' }} />);
    expect(texte(vue.querySelector('[role="alert"]'))).toBe('Export impossible : Disque plein.');
    expect(texte(vue.querySelector('[aria-live="polite"]'))).toBe('');
  });
});
