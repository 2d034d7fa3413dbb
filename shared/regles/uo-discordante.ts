/**
 * @fileoverview The UO named in the convention's text is not the centre financier of its Chorus
 * references (or the text names two different UOs).
 */
import { nettoyerCode, MOTIFS } from './outils/chorus';
import { localiser, positionDuTexte } from './outils/echeancier';
import type { Regle, Signalement } from './regle';

/** A code shaped like a UO / centre financier anywhere in a line: `0103-CEFP-C004`. */
const CODE_UO = /\b\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b/g;

const messages = {
  cf: (cf: string, uo: string) =>
    `Centre financier ${cf} différent de l'UO de la convention (${uo}) : dans Chorus, le centre financier est l'UO elle-même, ` +
    `les dépenses seraient imputées ailleurs que sur les crédits délégués. Écrivez ${uo} dans les références Chorus, ou corrigez l'UO.`,
  texte: (autre: string, uo: string) =>
    `UO ${autre} citée ici alors que la convention porte sur l'UO ${uo} : une délégation vise une seule UO. ` +
    `Remplacez ${autre} par ${uo}, ou corrigez l'UO de l'article 1 si c'est elle qui est fausse.`,
};

const uoDiscordante: Regle = {
  meta: {
    id: 'uo-discordante',
    gravite: 'erreur',
    titre: 'UO et centre financier discordants',
    pourquoi:
      "L'objet de la délégation est une UO (« crédits rattachés à l'UO 0103-CEFP-C004 ») et, dans Chorus, le centre financier " +
      "de la dépense est cette UO (programme-BOP-UO). Le contrôleur budgétaire examine l'imputation de la dépense (décret GBCP art. 224 [sûr]) ; " +
      "correspondance UO = centre financier : domain-research §2 [probable]. Une autre UO citée dans le texte est un avertissement.",
  },
  check(contexte) {
    const { uo, chorus } = contexte.convention;
    const constats: Signalement[] = [];
    const uoPropre = uo ? nettoyerCode(uo) : '';
    const cf = chorus?.centreFinancier ? nettoyerCode(chorus.centreFinancier) : '';
    if (uoPropre && cf && uoPropre.replace(/\s/g, '') !== cf.replace(/\s/g, '')) {
      constats.push({ message: messages.cf(cf, uoPropre), position: localiser(contexte, 'chorus.centreFinancier') ?? localiser(contexte, 'uo') });
    }
    // Other UO-shaped codes in the text: only meaningful once the convention's UO is well formed.
    const reference = MOTIFS.centreFinancier.test(uoPropre) ? uoPropre : MOTIFS.centreFinancier.test(cf) ? cf : '';
    if (reference && contexte.texte) {
      contexte.texte.forEach((ligne, i) => {
        const vus = new Set<string>();
        for (const m of ligne.toUpperCase().matchAll(CODE_UO)) {
          const code = m[0];
          // All-digit groups are an activity or a number written 4-4-4, not a UO.
          if (/^\d{4}-\d{4}-\d{4}$/.test(code) || code === reference || code === cf || vus.has(code)) continue;
          vus.add(code);
          constats.push({ message: messages.texte(code, reference), position: positionDuTexte(contexte, i + 1), gravite: 'avertissement' });
        }
      });
    }
    return constats;
  },
};

export default uoDiscordante;
