import { describe, expect, it } from 'vitest';
import type { ConstatRapport } from '../../../../../sheets-addon/src/sheets/contrat';
import {
  CLE_MARQUES,
  COULEURS,
  TAILLE_MORCEAU,
  boiteEnglobante,
  decoderEtat,
  encoderEtat,
  marquesDepuisConstats,
  planifier,
  texteNote,
  type MarqueStockee,
} from '../../../../../sheets-addon/src/sheets/serveur/marques';

const constat = (cellule: string, gravite: ConstatRapport['gravite'], message = 'm', regle = 'r'): ConstatRapport => ({ cellule, gravite, regle, message });

describe('marquesDepuisConstats', () => {
  it('regroupe par cellule, garde la gravité la plus forte, ignore les constats sans cellule', () => {
    const m = marquesDepuisConstats([constat('C5', 'avertissement'), constat('', 'erreur'), constat('C5', 'erreur'), constat('B2', 'information')]);
    expect(m.map((x) => [x.ligne, x.colonne, x.gravite, x.constats.length])).toEqual([
      [5, 3, 'erreur', 2],
      [2, 2, 'information', 1],
    ]);
  });
});

describe('boiteEnglobante', () => {
  it('couvre toutes les positions, ou rien', () => {
    expect(boiteEnglobante([])).toBeNull();
    expect(boiteEnglobante([{ ligne: 5, colonne: 3 }, { ligne: 2, colonne: 7 }])).toEqual({ ligne: 2, colonne: 3, lignes: 4, colonnes: 5 });
  });
});

describe('texteNote', () => {
  it('met l’erreur d’abord, puis l’avertissement, puis la note d’origine', () => {
    const [marque] = marquesDepuisConstats([constat('A1', 'avertissement', 'Attention'), constat('A1', 'erreur', 'Faux', 'total-faux')]);
    expect(texteNote(marque!, 'Ma note')).toBe(
      'Jauge — Erreur : Faux\n(règle total-faux)\n\nJauge — Avertissement : Attention\n(règle r)\n\nNote d’origine :\nMa note',
    );
  });
});

describe('planifier', () => {
  const boite = { ligne: 1, colonne: 1, lignes: 2, colonnes: 2 };

  it('marque, en écrivant null pour « pas de fond » (blanc) et en gardant les autres fonds', () => {
    const plan = planifier(boite, [['#ffffff', '#d9ead3'], ['#ffffff', '#ffffff']], [['', 'n'], ['', '']], [], marquesDepuisConstats([constat('B2', 'erreur')]));
    expect(plan.fonds).toEqual([[null, '#d9ead3'], [null, COULEURS.erreur]]);
    expect(plan.notes[1]![1]).toMatch(/^Jauge — Erreur : m/);
    expect(plan.stockees).toEqual([{ ligne: 2, colonne: 2, fond: null, note: '' }]);
  });

  it('restaure l’état d’avant, sauf ce que la personne a changé depuis', () => {
    const anciennes: MarqueStockee[] = [
      { ligne: 1, colonne: 1, fond: '#cfe2f3', note: 'a' },
      { ligne: 2, colonne: 2, fond: null, note: '' },
    ];
    const plan = planifier(boite, [[COULEURS.erreur, '#ffffff'], ['#ff00ff', '#ffffff']], [['Jauge — Erreur : x', ''], ['', 'Nouvelle note']], anciennes, []);
    expect(plan.fonds).toEqual([['#cfe2f3', null], ['#ff00ff', null]]);
    expect(plan.notes).toEqual([['a', ''], ['', 'Nouvelle note']]);
    expect(plan.restaurees).toBe(1);
  });

  it('cesse de marquer quand le budget de mémoire est épuisé', () => {
    const nouvelles = marquesDepuisConstats([constat('A1', 'erreur'), constat('B1', 'erreur')]);
    const plan = planifier(boite, [['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']], [['', ''], ['', '']], [], nouvelles, 8);
    expect(plan.stockees).toHaveLength(1);
    expect(plan.nonMarquees).toBe(1);
    expect(plan.fonds[0]).toEqual([COULEURS.erreur, null]);
  });
});

describe('encoderEtat / decoderEtat', () => {
  it('fait l’aller-retour, en morceaux ASCII de taille bornée', () => {
    const marques: MarqueStockee[] = Array.from({ length: 400 }, (_, i) => ({ ligne: i + 1, colonne: 2, fond: i % 2 ? '#d9ead3' : null, note: i % 3 ? `Note accentuée n° ${i} – « ok »` : '' }));
    const props = encoderEtat({ feuille: 'Échéancier 2024', marques });
    const morceaux = Object.keys(props).filter((k) => k !== CLE_MARQUES);
    expect(Number(props[CLE_MARQUES])).toBe(morceaux.length);
    expect(morceaux.length).toBeGreaterThan(1);
    for (const k of morceaux) {
      expect(props[k]!.length).toBeLessThanOrEqual(TAILLE_MORCEAU);
      expect(props[k]).toMatch(/^[\x20-\x7e]*$/);
    }
    expect(decoderEtat(props)).toEqual({ feuille: 'Échéancier 2024', marques });
  });

  it('rend null pour une mémoire absente, incomplète ou abîmée, sans lever d’erreur', () => {
    const props = encoderEtat({ feuille: 'F', marques: [{ ligne: 1, colonne: 1, fond: null, note: '' }] });
    expect(decoderEtat({})).toBeNull();
    expect(decoderEtat({ ...props, [CLE_MARQUES]: '2' })).toBeNull();
    expect(decoderEtat({ ...props, [`${CLE_MARQUES}.0`]: '{pas du json' })).toBeNull();
    expect(decoderEtat({ [CLE_MARQUES]: '1', [`${CLE_MARQUES}.0`]: '{"v":2,"f":"F","m":[]}' })).toBeNull();
    expect(decoderEtat({ [CLE_MARQUES]: '1', [`${CLE_MARQUES}.0`]: '{"v":1,"f":"F","m":[["a",1]]}' })).toBeNull();
  });
});
