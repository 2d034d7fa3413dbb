// The campaign's other inputs: text conventions at the bounds, plans that say things twice or go
// negative, folders with links, FIFOs and sub-folders, special files named on the command line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONVENTION, docx, JAMAIS_LU, LECTURE_VISIBLE } from './bureautique';
import type { CasHostile } from './cas';

const texteConvention = () => {
  const c = CONVENTION;
  return [...c.avant, ...c.echeancier.map((r) => r.join('\t')), c.dureeTitre, `${c.dureeDebut}${c.fin}.`, c.signature].join('\n\n');
};
const t = (s: string) => new TextEncoder().encode(s);
const cas = (nom: string, quoi: string, commande: CasHostile['commande'], octets: () => Uint8Array, attendu: CasHostile['attendu'], profond = false): CasHostile => ({
  nom,
  quoi,
  commande,
  octets,
  attendu,
  ...(profond ? { profond } : {}),
});
const PLAN_BONS = '\n\nBon de commande;Émis en;Montant;Du;Au\nBC1;2025-03;100000;2025-04;2025-12\n';

export const CAS_DIVERS: CasHostile[] = [
  // ——— text ———
  cas('convention.txt', 'la convention de base en texte', 'parse', () => t(texteConvention()), { code: 0, sortie: LECTURE_VISIBLE, jamais: JAMAIS_LU }),
  cas('texte-utf16.txt', 'texte UTF-16 LE avec BOM', 'parse', () => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(texteConvention(), (c) => c.charCodeAt(0)).buffer)]), { code: 0, sortie: LECTURE_VISIBLE }),
  cas('texte-vide.txt', 'fichier de 0 octet', 'parse', () => new Uint8Array(), { code: 2, sortie: [/texte-vide\.txt » est vide/] }),
  cas('texte-binaire.txt', 'octets NUL et binaire', 'parse', () => Uint8Array.from({ length: 5000 }, (_, i) => (i * 37) % 256), { code: 2, sortie: [/texte-binaire\.txt/] }),
  cas('texte-trop-gros.txt', '21 Mio de texte', 'parse', () => new Uint8Array(21 << 20).fill(0x61), { code: 2, sortie: [/trop gros/] }, true),
  cas('texte-2-millions-de-chiffres.txt', 'une ligne de 1,9 million de chiffres', 'parse', () => t(`${texteConvention()}\n${'1 000 '.repeat(320_000)}`), { code: 0 }, true),
  cas('texte-2-millions-de-caracteres.txt', '2,1 millions de caractères (au-delà de la borne)', 'parse', () => t(`${texteConvention()}\n${'Vu le décret. '.repeat(160_000)}`), { code: 2, sortie: [/contient trop de texte/] }),
  cas('texte-50000-lignes.txt', '50 000 lignes « Article n : 1 000 € »', 'parse', () => t(`${texteConvention()}\n${Array.from({ length: 50_000 }, (_, i) => `Article ${i} : 1 000 €`).join('\n')}`), { code: 0 }, true),
  cas('texte-100000-montants-en-lettres.txt', '20 000 montants en chiffres et en lettres', 'parse', () => t(`${texteConvention()}\n${'Un montant de 2 500 000 € (deux millions cinq cent mille euros). '.repeat(20_000)}`), { code: 0 }, true),
  // ——— plans ———
  cas('plan-negatif.csv', 'consommation mensuelle de « -20 000 € »', 'plan', () => t(`Mois;Consommation\n2025-04;40 000 €\n2025-05;-20 000 €\n2025-06;10 000 €${PLAN_BONS}`), { code: 1, sortie: [/cellule B3 .*plan-illisible[\s\S]*Consommation négative \(-20 000 €\)/] }),
  cas('plan-deux-tableaux.csv', 'deux tableaux « Mois | Consommation » sur les mêmes mois', 'plan', () => t(`Mois;Consommation\n2025-04;1000\n2025-05;1000\n\nMois;Consommation\n2025-04;5000\n2025-05;5000${PLAN_BONS}`), { code: 0, sortie: [/Jauge lit le premier \(A1:B3\) et ignore le second \(A5:B7\), sur les mêmes mois/] }),
  cas('plan-consommation-en-double.csv', 'en-tête « Consommation;Consommation »', 'plan', () => t(`Mois;Consommation;Consommation\n2025-04;1000;9000\n2025-05;1000;9000${PLAN_BONS}`), { code: 0, sortie: [/Deux colonnes « Consommation » dans l'en-tête \(B1 et C1\) : Jauge lit la première, B1, et ignore C1/] }),
  cas('plan-montant-en-double.csv', 'en-tête « Montant;Montant » des bons', 'plan', () => t(`Mois;Consommation\n2025-04;1000\n\nBon de commande;Émis en;Montant;Du;Au;Montant\nBC1;2025-03;100000;2025-04;2025-12;900000\n`), { code: 0, sortie: [/Deux colonnes « Montant » dans l'en-tête \(C4 et F4\)/] }),
  cas('plan-mois-en-double.csv', 'un mois donné deux fois', 'plan', () => t(`Mois;Consommation\n2025-04;1000\n2025-05;1000\n2025-04;2500${PLAN_BONS}`), { code: 0, sortie: [/Le mois d'avril 2025 est donné deux fois \(B2, B4\) : Jauge additionne 1\s000\s€ \+ 2\s500\s€ = 3\s500\s€/] }),
  cas('plan-100000-mois.csv', '100 000 lignes de consommation', 'plan', () => t(`Mois;Consommation\n${Array.from({ length: 100_000 }, (_, i) => `${1900 + Math.floor(i / 12) % 290}-${String((i % 12) + 1).padStart(2, '0')};1`).join('\n')}${PLAN_BONS}`), { code: 1, sortie: [/plan budgétaire/] }, true),
  cas('plan-binaire.csv', 'un plan qui est un PDF', 'plan', () => t('%PDF-1.7\n'), { code: 2, sortie: [/plan-binaire\.csv/] }),
  // ——— folders and special files ———
  {
    nom: 'dossier-pieges',
    quoi: 'dossier : lien interne, externe, cassé, vers un dossier, FIFO, sous-dossier, fichier caché',
    commande: 'registre',
    fabriquer(chemin) {
      mkdirSync(path.join(chemin, 'sous-dossier'), { recursive: true });
      writeFileSync(path.join(chemin, 'a-convention.docx'), docx());
      writeFileSync(path.join(chemin, 'sous-dossier', 'b-convention.txt'), texteConvention().replace('15 février 2024', '16 février 2024'));
      writeFileSync(path.join(chemin, '.cache'), 'x');
      symlinkSync('sous-dossier/b-convention.txt', path.join(chemin, 'lien-interne.txt'));
      symlinkSync('a-convention.docx', path.join(chemin, 'lien-doublon.docx'));
      symlinkSync('/etc/hostname', path.join(chemin, 'lien-externe.txt'));
      symlinkSync('nexiste-pas.txt', path.join(chemin, 'lien-casse.txt'));
      symlinkSync('sous-dossier', path.join(chemin, 'lien-dossier'));
      execFileSync('mkfifo', [path.join(chemin, 'tube')]);
    },
    attendu: {
      code: 0,
      sortie: [
        /· \.cache : ignoré — fichier caché/,
        /a-convention\.docx : lu (avec 1\sconstat )?— dgefp-2024-02-15/,
        /· lien-casse\.txt : ignoré — lien cassé/,
        /· lien-dossier : ignoré — lien vers un dossier/,
        /· lien-doublon\.docx : ignoré — lien vers « a-convention\.docx », déjà lu/,
        /· lien-externe\.txt : ignoré — lien vers un fichier hors du dossier/,
        /lien-interne\.txt : lu (avec 1\sconstat )?— dgefp-2024-02-16/,
        /· sous-dossier : ignoré — sous-dossier : non parcouru/,
        /· tube : ignoré — tube nommé \(FIFO\)/,
        /9\sentrées, .*0\sillisible, 7\signorés/,
      ],
    },
  },
  {
    nom: 'tube-en-argument',
    quoi: 'un tube nommé (FIFO) donné à « jauge parse »',
    commande: 'parse',
    fabriquer: (chemin) => execFileSync('mkfifo', [chemin]),
    attendu: { code: 2, sortie: [/« [^»]*tube-en-argument » est un tube nommé \(FIFO\), pas un fichier/] },
  },
];
