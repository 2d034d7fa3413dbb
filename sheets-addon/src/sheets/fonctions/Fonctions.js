// @ts-check
// Fonctions personnalisées de Jauge. Ce fichier est copié tel quel (sans bundle) dans
// dist/sheets-addon : Google Sheets lit les commentaires JSDoc ci-dessous pour l'aide et
// l'autocomplétion des formules. Chaque fonction délègue au bundle (__jauge, dans Code.js).
/* global __jauge */

/**
 * Écrit un montant en toutes lettres, en euros, comme dans le texte d'une convention
 * (2500000 → « deux millions cinq cent mille euros »). Accepte une plage : une réponse par cellule.
 *
 * @param {number|string|Array<Array<number|string>>} montant Montant en euros : un nombre, un texte comme « 2 500 000 € », ou une plage de montants.
 * @param {boolean} [orthographe_1990] VRAI pour l'orthographe rectifiée de 1990 (traits d'union entre tous les nombres : « cinq-cent-mille ») ; FAUX par défaut.
 * @return {string|Array<Array<string>>} Le montant en lettres.
 * @customfunction
 */
function MONTANT_EN_LETTRES(montant, orthographe_1990) {
  return __jauge.fonctions.MONTANT_EN_LETTRES(montant, orthographe_1990);
}

/**
 * Lit un montant écrit en lettres et le rend en chiffres, en euros
 * (« deux millions cinq cent mille euros » → 2500000). Accepte une plage : une réponse par cellule.
 *
 * @param {string|Array<Array<string>>} texte Montant écrit en lettres, ou une plage de tels textes.
 * @return {number|string|Array<Array<number|string>>} Le montant en euros (mettez la cellule au format monétaire) ; vide pour une cellule vide.
 * @customfunction
 */
function MONTANT_EN_CHIFFRES(texte) {
  return __jauge.fonctions.MONTANT_EN_CHIFFRES(texte);
}

/**
 * Vérifie un échéancier (Année, AE, CP, et si présents AE engagées, CP payés, ligne Total) avec les
 * règles de Jauge. Rend une ligne par constat : cellule, gravité, règle, message ; ou « Aucun constat ».
 *
 * @param {Array<Array<string|number|Date>>} plage Le tableau entier, ligne d'en-têtes comprise (par exemple B3:E12).
 * @param {Date|string} [date_signature] Date de signature de la convention (cellule date ou texte « 28/03/2024 »).
 * @param {Date|string} [date_fin] Date de fin de la convention.
 * @param {number|string} [plafond] Montant maximum de la convention, en euros.
 * @return {Array<Array<string>>|string} Les constats, une ligne chacun, ou « Aucun constat ».
 * @customfunction
 */
function ECHEANCIER_CONSTATS(plage, date_signature, date_fin, plafond) {
  return __jauge.fonctions.ECHEANCIER_CONSTATS(plage, date_signature, date_fin, plafond);
}

/**
 * Calcule, depuis un plan budgétaire (consommation mensuelle et bons de commande), les AE engagées,
 * la consommation et les CP payés par année civile : l'échéancier à demander dans la convention.
 * Les AE comptent le mois d'émission du bon ; les CP, le mois suivant le travail (services faits
 * mensuels) ou le mois suivant la fin du bon (fin de période, plafonnés au montant du bon).
 *
 * @param {Array<Array<string|number|Date>>} consommation Deux colonnes, Mois et Consommation en euros (en-têtes facultatifs), par exemple A2:B26.
 * @param {Array<Array<string|number|Date>>} bons_de_commande Colonnes Bon de commande, Émis en, Montant, Du, Au (en-têtes facultatifs ; sans colonne de nom : Émis en, Montant, Du, Au).
 * @param {string} [paiement] Mode de paiement : « mensuel » (services faits mensuels, par défaut) ou « fin de période ».
 * @return {Array<Array<string|number>>} Une ligne d'en-têtes (Année, AE, Consommation, CP), une ligne par année en euros, puis le Total.
 * @customfunction
 */
function ECHEANCIER_DEPUIS_PLAN(consommation, bons_de_commande, paiement) {
  return __jauge.fonctions.ECHEANCIER_DEPUIS_PLAN(consommation, bons_de_commande, paiement);
}
