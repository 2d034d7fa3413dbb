// The rule registry: every rule of shared/regles/, sorted by id (a conformance test keeps it complete and sorted).
// Adding a rule = adding its file, its test, and one line here.
import type { Regle } from './regle';
import aeEngageesDepassent from './ae-engagees-depassent';
import aeNonConsommees from './ae-non-consommees';
import anneeEnDouble from './annee-en-double';
import anneeHorsPeriode from './annee-hors-periode';
import anneeIllisible from './annee-illisible';
import anneeSansAvenant from './annee-sans-avenant';
import anneesNonConsecutives from './annees-non-consecutives';
import articlesMalNumerotes from './articles-mal-numerotes';
import avenantEcheancierAmbigu from './avenant-echeancier-ambigu';
import bonDeCommandeInsuffisant from './bon-de-commande-insuffisant';
import codeChorusMalForme from './code-chorus-mal-forme';
import commandeEnFinDeGestion from './commande-en-fin-de-gestion';
import cpCumulesSuperieursAe from './cp-cumules-superieurs-ae';
import cpPayesDepassent from './cp-payes-depassent';
import dateFinAbsente from './date-fin-absente';
import dateFinAvantSignature from './date-fin-avant-signature';
import dateSignatureAbsente from './date-signature-absente';
import decalageDeTresorerie from './decalage-de-tresorerie';
import decretDelegationNonVise from './decret-delegation-non-vise';
import decretMalCite from './decret-mal-cite';
import dureeDiscordante from './duree-discordante';
import echeancierAbsent from './echeancier-absent';
import lettresChiffresDiscordants from './lettres-chiffres-discordants';
import montantIllisible from './montant-illisible';
import montantLuZero from './montant-lu-zero';
import montantNegatif from './montant-negatif';
import orthographeMontantLettres from './orthographe-montant-lettres';
import plafondDepasse from './plafond-depasse';
import plafondNonReparti from './plafond-non-reparti';
import planDepasseEcheancier from './plan-depasse-echeancier';
import prochainBonDeCommande from './prochain-bon-de-commande';
import programmeDiscordant from './programme-discordant';
import rolesPartiesIndetermines from './roles-parties-indetermines';
import totalFaux from './total-faux';
import totauxAeCpDifferents from './totaux-ae-cp-differents';
import travailSansBonDeCommande from './travail-sans-bon-de-commande';
import uoDiscordante from './uo-discordante';
import visaCbcmProbable from './visa-cbcm-probable';

export const regles: Regle[] = [
  aeEngageesDepassent,
  aeNonConsommees,
  anneeEnDouble,
  anneeHorsPeriode,
  anneeIllisible,
  anneeSansAvenant,
  anneesNonConsecutives,
  articlesMalNumerotes,
  avenantEcheancierAmbigu,
  bonDeCommandeInsuffisant,
  codeChorusMalForme,
  commandeEnFinDeGestion,
  cpCumulesSuperieursAe,
  cpPayesDepassent,
  dateFinAbsente,
  dateFinAvantSignature,
  dateSignatureAbsente,
  decalageDeTresorerie,
  decretDelegationNonVise,
  decretMalCite,
  dureeDiscordante,
  echeancierAbsent,
  lettresChiffresDiscordants,
  montantIllisible,
  montantLuZero,
  montantNegatif,
  orthographeMontantLettres,
  plafondDepasse,
  plafondNonReparti,
  planDepasseEcheancier,
  prochainBonDeCommande,
  programmeDiscordant,
  rolesPartiesIndetermines,
  totalFaux,
  totauxAeCpDifferents,
  travailSansBonDeCommande,
  uoDiscordante,
  visaCbcmProbable,
];

export type { Regle } from './regle';
