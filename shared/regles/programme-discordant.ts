/**
 * @fileoverview Chorus codes that carry different programmes: the centre financier, domaine
 * fonctionnel and activités of one expense all sit on the convention's programme.
 */
import { nettoyerCode, normaliserProgramme, programmeDuCode } from './outils/chorus';
import { localiser } from './outils/echeancier';
import type { Position } from '../model';
import type { Regle, Signalement } from './regle';

interface Code {
  quoi: string;
  code: string;
  programme: string;
  position: Position | null;
}

/** The indefinite noun phrase for each kind of code, for "écrivez une activité du programme …". */
const NOMS: Record<string, string> = {
  'Centre financier': 'un centre financier',
  UO: 'une UO',
  'Domaine fonctionnel': 'un domaine fonctionnel',
  Activité: 'une activité',
};

const messages = {
  discordant: (c: Code, programme: string, source: string) =>
    `${c.quoi} ${c.code} sur le programme ${c.programme}, alors que la convention porte sur le programme ${programme}${source ? ` (d'après ${source})` : ''} : ` +
    `une dépense s'impute sur un seul programme. Écrivez ${NOMS[c.quoi] ?? c.quoi} du programme ${programme} ` +
    `(${programme}…) ou corrigez le programme.`,
};

const programmeDiscordant: Regle = {
  meta: {
    id: 'programme-discordant',
    gravite: 'erreur',
    titre: 'Programme discordant entre les codes Chorus',
    pourquoi:
      "Le centre financier, le domaine fonctionnel et l'activité d'une dépense commencent tous par le numéro du programme " +
      "(domain-research §2 et §6 R14 [probable]) ; le contrôleur budgétaire examine l'imputation (décret GBCP art. 224 [sûr]). " +
      'Le BOP, souvent mal recopié (« 013-CEFP »), relève de la règle des codes Chorus mal formés.',
  },
  check(contexte) {
    const { uo, programme, chorus } = contexte.convention;
    const codes: Code[] = [];
    const ajouter = (quoi: string, code: string | undefined, nature: 'segment' | 'activite', champ: string) => {
      if (!code) return;
      const p = programmeDuCode(code, nature);
      if (p) codes.push({ quoi, code: nettoyerCode(code), programme: p, position: localiser(contexte, champ) });
    };
    ajouter('Centre financier', chorus?.centreFinancier, 'segment', 'chorus.centreFinancier');
    ajouter('UO', uo, 'segment', 'uo');
    ajouter('Domaine fonctionnel', chorus?.domaineFonctionnel, 'segment', 'chorus.domaineFonctionnel');
    (chorus?.activites ?? []).forEach((a, i) => ajouter('Activité', a, 'activite', `chorus.activites.${i}`));

    // The reference: the programme stated, else the centre financier's, else the UO's.
    const declare = programme ? normaliserProgramme(programme) : null;
    const reference = declare ?? codes[0]?.programme ?? null;
    if (!reference) return [];
    const premier = codes[0];
    const source = declare || !premier ? '' : `${premier.quoi === 'UO' ? "l'UO" : `le ${premier.quoi.toLowerCase()}`} ${premier.code}`;
    const constats: Signalement[] = [];
    const vus = new Set<string>();
    for (const c of codes) {
      if (c.programme === reference || vus.has(c.code)) continue;
      vus.add(c.code);
      constats.push({ message: messages.discordant(c, reference, source), position: c.position });
    }
    return constats;
  },
};

export default programmeDiscordant;
