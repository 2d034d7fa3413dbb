import { describe, expect, it } from 'vitest';
import { lireComitesSemestriels } from '../../../../shared/lecture/convention/comites';
import { creerDocument } from '../../../../shared/lecture/convention/document';

const comites = (texte: string) => lireComitesSemestriels(creerDocument(texte));

describe('lireComitesSemestriels', () => {
  it.each([
    "un comité d'investissement organisé tous les six mois",
    "organiser un comité d'investissement tous les 6 mois",
    "Le comité d'investissement a ainsi lieu deux fois par an",
    "Comités d'investissements semestriels",
    'Le comité se réunit tous les semestres.',
    'Un comité de pilotage se réunit chaque semestre.',
  ])('%j → true', (ligne) => {
    expect(comites(`x\n${ligne}`)).toEqual({ valeur: true, ligne: 2 });
  });

  it('is true when a half-yearly committee is stated, even after an annual one', () => {
    expect(comites("Ce comité d'investissement interministériel annuel a lieu 45 à 30 jours avant.\nUn comité tous les six mois.")).toEqual({ valeur: true, ligne: 2 });
  });

  it('is false for a committee with another rhythm only, absent when no committee is stated', () => {
    expect(comites("Un comité d'investissement annuel examine l'avancement.")).toEqual({ valeur: false, ligne: 1 });
    expect(comites('Le comité de suivi se réunit tous les trois mois.')).toEqual({ valeur: false, ligne: 1 });
    expect(comites('Les équipes rendent compte tous les six mois.')).toBeNull();
    expect(comites('Rien.')).toBeNull();
  });
});
