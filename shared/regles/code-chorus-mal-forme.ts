/**
 * @fileoverview Chorus references that do not have the shape of their kind: UO / centre financier,
 * BOP, domaine fonctionnel, activité, centre de coûts, programme.
 */
import { citer } from '../texte';
import { MOTIFS, nettoyerCode, normaliserActivite, normaliserProgramme } from './outils/chorus';
import { localiser } from './outils/echeancier';
import type { Regle, Signalement } from './regle';
import type { ContexteRegle } from '../modele/lu';

/** `013-CEFP` → `0013-CEFP`? No: only a first segment of 1–3 digits is padded, as people drop the leading 0 (`349-01-01`). */
function completerProgramme(code: string): string {
  return code.replace(/^(\d{1,3})-/, (_, p: string) => `${p.padStart(4, '0')}-`);
}

const messages = {
  centreFinancier: (quoi: string, code: string, suggestion: string | null) =>
    `${quoi} ${citer(code)} mal formé${quoi === 'UO' ? 'e' : ''} : ${quoi === 'UO' ? 'une UO' : 'un centre financier'} s'écrit programme (4 chiffres), ` +
    `BOP (4 caractères) et unité (4 caractères) séparés par des tirets, par exemple 0103-CEFP-C004` +
    `${suggestion ? ` ; écrivez ${suggestion}` : ''}.`,
  bop: (code: string, suggestion: string | null, cf: string | null) =>
    `BOP ${citer(code)} mal formé : un BOP s'écrit programme sur 4 chiffres, un tiret et 4 caractères (par exemple 0103-CEFP)` +
    `${suggestion ? ` ; ${cf ? `d'après le centre financier ${cf}, ` : ''}écrivez ${suggestion}` : ''}.`,
  bopDiscordant: (bop: string, cf: string) =>
    `BOP ${bop} différent de celui du centre financier ${cf} (${cf.slice(0, 9)}) : l'UO appartient à son BOP. ` +
    `Écrivez ${cf.slice(0, 9)}, ou corrigez le centre financier.`,
  domaineFonctionnel: (code: string, suggestion: string | null) =>
    `Domaine fonctionnel ${citer(code)} mal formé : il s'écrit programme (4 chiffres), action (2) et sous-action (2) séparés par des tirets, ` +
    `par exemple 0103-01-01${suggestion ? ` ; écrivez ${suggestion}` : ''}.`,
  activiteSeparateur: (code: string, normalise: string) =>
    `Activité ${citer(code)} écrite avec un séparateur : un code activité Chorus tient en 12 caractères, sans tiret ni espace ; écrivez ${normalise}.`,
  activiteLongueur: (code: string, longueur: number) =>
    `Activité ${citer(code)} de ${longueur} caractère${longueur > 1 ? 's' : ''} au lieu de 12 : un code activité (référentiel de programmation) ` +
    `compte 12 caractères, dont les 4 premiers pour le programme. Recopiez-le depuis Chorus (un caractère ${longueur > 12 ? 'en trop' : 'manquant'} ?).`,
  centreDeCout: (code: string, suggestion: string | null) =>
    `Centre de coûts ${citer(code)} mal formé : il s'écrit en 10 caractères au plus, lettres et chiffres sans espace (par exemple EMPEF00075)` +
    `${suggestion ? ` ; écrivez ${suggestion}` : ''}.`,
  programme: (code: string, suggestion: string | null) =>
    `Programme ${citer(code)} mal formé : un programme s'écrit sur 4 chiffres (0103 pour le programme 103)${suggestion ? ` ; écrivez ${suggestion}` : ''}.`,
};

function position(contexte: ContexteRegle, ...champs: string[]) {
  for (const champ of champs) {
    const p = localiser(contexte, champ);
    if (p) return p;
  }
  return null;
}

const codeChorusMalForme: Regle = {
  meta: {
    id: 'code-chorus-mal-forme',
    gravite: 'avertissement',
    titre: 'Code Chorus mal formé',
    pourquoi:
      'Formes relevées sur des codes réels (domain-research §2 et §6 R11–R15 [probable], pas de spécification AIFE publique) : ' +
      'centre financier / UO `0103-CEFP-C004` (erreur : sans lui la dépense ne peut être imputée), BOP `0103-CEFP` égal au début du ' +
      'centre financier, domaine fonctionnel `0103-01-01`, activité de 12 caractères, centre de coûts de 10 caractères au plus (avertissements).',
  },
  check(contexte) {
    const { uo, bop, programme, chorus } = contexte.convention;
    const constats: Signalement[] = [];
    const cf = chorus?.centreFinancier ? nettoyerCode(chorus.centreFinancier) : null;
    const cfValide = cf !== null && MOTIFS.centreFinancier.test(cf);

    for (const [quoi, code, champ] of [['UO', uo, 'uo'], ['Centre financier', chorus?.centreFinancier, 'chorus.centreFinancier']] as const) {
      if (!code) continue;
      const propre = nettoyerCode(code);
      if (MOTIFS.centreFinancier.test(propre)) continue;
      const suggestion = completerProgramme(propre.replace(/\s/g, ''));
      constats.push({
        message: messages.centreFinancier(quoi, code, MOTIFS.centreFinancier.test(suggestion) ? suggestion : null),
        position: position(contexte, champ),
        gravite: 'erreur',
      });
    }

    if (bop) {
      const propre = nettoyerCode(bop);
      if (!MOTIFS.bop.test(propre)) {
        const suggestion = cfValide ? cf.slice(0, 9) : completerProgramme(propre);
        constats.push({
          message: messages.bop(bop, MOTIFS.bop.test(suggestion) ? suggestion : null, cfValide ? cf : null),
          position: position(contexte, 'bop'),
        });
      } else if (cfValide && cf.slice(0, 9) !== propre) {
        constats.push({ message: messages.bopDiscordant(propre, cf), position: position(contexte, 'bop') });
      }
    }

    if (chorus?.domaineFonctionnel) {
      const propre = nettoyerCode(chorus.domaineFonctionnel);
      if (!MOTIFS.domaineFonctionnel.test(propre)) {
        const suggestion = completerProgramme(propre.replace(/\s/g, ''));
        constats.push({
          message: messages.domaineFonctionnel(chorus.domaineFonctionnel, MOTIFS.domaineFonctionnel.test(suggestion) ? suggestion : null),
          position: position(contexte, 'chorus.domaineFonctionnel'),
        });
      }
    }

    (chorus?.activites ?? []).forEach((activite, i) => {
      const normalise = normaliserActivite(activite);
      const ou = position(contexte, `chorus.activites.${i}`, 'chorus.activites');
      if (!MOTIFS.activite.test(normalise)) {
        constats.push({ message: messages.activiteLongueur(activite, normalise.length), position: ou });
      } else if (nettoyerCode(activite).replace(/^BG00\//, '') !== normalise) {
        // The BG00/ prefix of Chorus extracts is how Chorus itself writes it: not a typing slip.
        constats.push({ message: messages.activiteSeparateur(activite, normalise), position: ou });
      }
    });

    if (chorus?.centreDeCout) {
      const propre = nettoyerCode(chorus.centreDeCout);
      if (!MOTIFS.centreDeCout.test(propre)) {
        const sansEspace = propre.replace(/[\s\-.]/g, '');
        constats.push({
          message: messages.centreDeCout(chorus.centreDeCout, MOTIFS.centreDeCout.test(sansEspace) ? sansEspace : null),
          position: position(contexte, 'chorus.centreDeCout'),
        });
      }
    }

    if (programme && !MOTIFS.programme.test(programme.trim())) {
      const suggestion = normaliserProgramme(programme);
      constats.push({ message: messages.programme(programme, suggestion), position: position(contexte, 'programme') });
    }
    return constats;
  },
};

export default codeChorusMalForme;
