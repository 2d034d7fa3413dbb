// Every amount a convention writes both in figures and in words, in either order:
// `2 500 000 € (deux millions cinq cent mille euros)` or `deux millions d'euros (2 000 000 €)`.
// The pairs go to the rules as they are written (the figures read, the words left as text):
// comparing them is the rule `lettres-chiffres-discordants`'s job, not the reader's.
import type { MontantEnLettres } from '../../modele/lu';
import type { DocumentConvention } from './document';
import { montantsDansLigne } from './montants-texte';

const MOT_NOMBRE =
  "(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|milles|millions?|milliards?)";
const CONTIENT_MOT_NOMBRE = new RegExp(`(?:^|[\\s-])${MOT_NOMBRE}(?=$|[\\s-])`);
const MOT_LIE = `(?:${MOT_NOMBRE}|et|d'euros?|euros?|centimes?|virgule)`;
/** Number words ending just before an opening parenthesis (backwards from the figures). */
const LETTRES_AVANT = new RegExp(`(?:^|[^a-z'-])((?:${MOT_LIE}[\\s-]+)*${MOT_LIE})\\s*\\(\\s*$`);
/** How many characters of words a pair may hold. */
const LONGUEUR_MAX = 200;

export function montantsEnLettres(doc: DocumentConvention): MontantEnLettres[] {
  const paires: MontantEnLettres[] = [];
  for (let i = 0; i < doc.propres.length; i++) {
    const propre = doc.propres[i]!;
    const pliee = doc.pliees[i]!;
    if (!pliee.includes('(')) continue;
    for (const montant of montantsDansLigne(propre, pliee)) {
      const chiffres = {
        brut: montant.brut.trim(),
        valeur: montant.resultat.ok ? montant.resultat.centimes : null,
        position: { ligne: i + 1 },
        ...(montant.resultat.ok ? {} : { probleme: montant.resultat.erreur }),
      };
      // Figures, then words in parentheses.
      const apres = /^\s*\(([^()]{1,200})\)/.exec(pliee.slice(montant.fin));
      if (apres && !/\d/.test(apres[1]!) && CONTIENT_MOT_NOMBRE.test(apres[1]!.trim())) {
        const debut = montant.fin + apres[0].indexOf('(') + 1;
        const lettres = propre.slice(debut, debut + apres[1]!.length).trim();
        paires.push({ chiffres, lettres, position: { ligne: i + 1 } });
        continue;
      }
      // Words, then figures in parentheses.
      if (!/^\s*\)/.test(pliee.slice(montant.fin))) continue;
      const avant = pliee.slice(Math.max(0, montant.debut - LONGUEUR_MAX), montant.debut);
      const m = LETTRES_AVANT.exec(avant);
      if (m && CONTIENT_MOT_NOMBRE.test(m[1]!)) {
        const debut = montant.debut - avant.length + avant.lastIndexOf(m[1]!);
        paires.push({ chiffres, lettres: propre.slice(debut, debut + m[1]!.length).trim(), position: { ligne: i + 1 } });
      }
    }
  }
  return paires;
}
