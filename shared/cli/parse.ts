// `jauge parse FILE [--json]`: what Jauge reads in a convention text.
import { decrireAvenant } from '../avenant';
import { lireConvention } from '../lecture/convention';
import type { Convention } from '../model';
import { formaterDate } from '../dates';
import { formaterMontant } from '../montant';
import { nomCourt } from '../registre/nom';
import { constatsDeRevue, constatsDuDocument } from '../lecture/document/revue';
import { descriptionDocument, lireDocumentCli } from './document';
import { detecterFormat } from '../lecture/detection';
import { echec, json, succes, type EnvironnementCli, type SortieCli } from './sortie';

const TYPE: Record<Convention['type'], string> = { 'delegation-de-gestion': 'délégation de gestion', 'partenariat-fast': 'partenariat FAST', avenant: 'avenant' };

const montantOuTiret = (centimes: number | null) => (centimes === null ? '—' : formaterMontant(centimes));

function partie(p: Convention['delegant']): string {
  if (p.nom && p.sigle) return `${p.nom} (${p.sigle})`;
  return p.sigle ?? p.nom ?? '(non trouvé)';
}

export function decrireConvention(c: Convention): string {
  const lignes = [
    `${nomCourt(c)} (identifiant ${c.id})`,
    ...(c.avenant ? [`  ${decrireAvenant(c.avenant)}`] : []),
    `  Type         : ${TYPE[c.type]}`,
    `  Délégant     : ${partie(c.delegant)}`,
    `  Délégataire  : ${partie(c.delegataire)}`,
    ...(c.autresParties ?? []).map((p) => `  Autre partie : ${partie(p)}`),
    `  Signature    : ${c.dateSignature ? formaterDate(c.dateSignature) : '(non trouvée)'}`,
    `  Fin          : ${c.dateFin ? formaterDate(c.dateFin) : '(non trouvée)'}`,
  ];
  if (c.uo) lignes.push(`  UO           : ${c.uo}${c.programme ? ` (programme ${c.programme})` : ''}`);
  if (c.plafond?.ae !== undefined) lignes.push(`  Plafond AE   : ${formaterMontant(c.plafond.ae)}`);
  if (c.montantFast !== undefined) lignes.push(`  FAST         : ${formaterMontant(c.montantFast)}`);
  if (c.echeancier.length > 0) {
    lignes.push('  Échéancier   :');
    for (const l of c.echeancier) lignes.push(`    ${l.annee}  AE ${montantOuTiret(l.ae).padStart(16)}   CP ${montantOuTiret(l.cp).padStart(16)}`);
  } else {
    lignes.push('  Échéancier   : (aucun)');
  }
  return `${lignes.join('\n')}\n`;
}

export async function commandeParse(fichier: string | undefined, enJson: boolean, env: EnvironnementCli): Promise<SortieCli> {
  const lu = await lireDocumentCli(fichier, env);
  if (!lu.ok) return echec(lu.erreur);
  const { document } = lu;
  if (detecterFormat(document.texte) !== 'convention') {
    return echec(`« ${fichier} » n'est pas le texte d'une convention (tableau ou registre) : utilisez « jauge check ».`);
  }
  const { convention } = lireConvention(document.texte);
  // A PDF, .docx or .odt also says where each field was read (page, line of the page, excerpt).
  // A scan's fields read from text the OCR doubted are named, to be checked against the paper.
  const revue = constatsDeRevue(convention, document);
  const description = descriptionDocument(document, convention.sources);
  const origine = description && revue.length ? { ...description, revue } : description;
  // The avenant in words too, as the text output and the extension say it.
  const avenant = convention.avenant ? { descriptionAvenant: decrireAvenant(convention.avenant) } : {};
  if (enJson) return json({ ...convention, ...avenant, ...(origine ? { document: origine } : {}) });
  const pages = document.format === 'pdf' || document.format === 'pdf-scanne' ? `, ${document.pages} page${document.pages > 1 ? 's' : ''}` : '';
  const entete = origine ? `${fichier} (${document.format}${pages})\n` : '';
  const doutes = constatsDuDocument(convention, document).map((c) => `  ${c.message}\n`).join('');
  return succes(`${entete}${decrireConvention(convention)}${doutes}`);
}
