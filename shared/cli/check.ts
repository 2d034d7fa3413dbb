// `jauge check FILE [--json] [--today D]`: the findings of a convention text, a CSV échéancier or a registry.
import { lireConvention } from '../lecture/convention';
import { lireCsv } from '../lecture/csv';
import { lireTableaux } from '../lecture/tableau';
import type { Constat } from '../model';
import { contexteDepuisConvention } from '../modele/contexte';
import { lireRegistreCsv, lireRegistreJson, type ResultatRegistre } from '../registre/format';
import { verifier } from '../verifier';
import { detecterFormat, type FormatDocument } from '../lecture/detection';
import { constatsDeRevue } from '../lecture/document/revue';
import { avecPage, descriptionDocument, lireDocumentCli, positionDansLaPage } from './document';
import { constatPourJson, ligneConstat, resumeConstats } from './presentation';
import { echec, json, succes, type EnvironnementCli, type SortieCli } from './sortie';

type Verification = { ok: true; titre: string; constats: Constat[] } | { ok: false; erreur: string };

function erreursRegistre(resultat: Extract<ResultatRegistre, { ok: false }>): string {
  return `registre invalide :\n${resultat.erreurs.map((e) => `  - ${e.message}`).join('\n')}`;
}

function verifierConvention(texte: string, aujourdhui: string): Verification {
  const { convention, contexte } = lireConvention(texte);
  const constats = verifier({ ...contexte, aujourdhui });
  const parties = [convention.delegant.sigle, convention.delegataire.sigle].filter(Boolean).join(' → ');
  return { ok: true, titre: `convention ${parties || convention.id}`, constats };
}

function verifierTableauCsv(texte: string, aujourdhui: string): Verification {
  const csv = lireCsv(texte);
  if (!csv.ok) return { ok: false, erreur: csv.erreur };
  const tableaux = lireTableaux(csv.grille);
  if (tableaux.length === 0) {
    return { ok: false, erreur: "aucun échéancier trouvé : il faut une ligne d'en-tête avec « Année », « AE » et « CP »." };
  }
  const constats = tableaux.flatMap((t) => t.contextes.flatMap((c) => verifier({ ...c, aujourdhui })));
  const plages = tableaux.map((t) => t.plage).join(', ');
  return { ok: true, titre: `${tableaux.length > 1 ? 'tableaux' : 'tableau'} ${plages}`, constats };
}

function verifierRegistre(resultat: ResultatRegistre, aujourdhui: string): Verification {
  if (!resultat.ok) return { ok: false, erreur: erreursRegistre(resultat) };
  const { conventions, executions } = resultat.registre;
  const constats = conventions.flatMap((c) =>
    verifier(contexteDepuisConvention(c, executions.find((e) => e.conventionId === c.id), aujourdhui)),
  );
  return { ok: true, titre: `registre de ${conventions.length} convention${conventions.length > 1 ? 's' : ''}`, constats };
}

export function verifierDocument(texte: string, format: FormatDocument, aujourdhui: string): Verification {
  switch (format) {
    case 'convention':
      return verifierConvention(texte, aujourdhui);
    case 'tableau-csv':
      return verifierTableauCsv(texte, aujourdhui);
    case 'registre-json':
      return verifierRegistre(lireRegistreJson(texte), aujourdhui);
    case 'registre-csv':
      return verifierRegistre(lireRegistreCsv(texte), aujourdhui);
  }
}

export async function commandeCheck(fichier: string | undefined, enJson: boolean, aujourdhui: string, env: EnvironnementCli): Promise<SortieCli> {
  const lu = await lireDocumentCli(fichier, env);
  if (!lu.ok) return echec(lu.erreur);
  const { document } = lu;
  const format = detecterFormat(document.texte);
  const verification = verifierDocument(document.texte, format, aujourdhui);
  if (!verification.ok) return echec(`${fichier} : ${verification.erreur}`);
  // A field read from text the OCR doubted, or on a line tracked changes touched, is a finding of its own.
  const revue = format === 'convention' && document.format !== 'texte' ? constatsDeRevue(lireConvention(document.texte).convention, document) : [];
  const precises = new Set(revue.map((c) => c.regle));
  const constats = [...verification.constats.map((c) => ({ ...c, position: avecPage(c.position, document) })), ...revue];
  const code = constats.some((c) => c.gravite === 'erreur') ? 1 : 0;
  const origine = descriptionDocument(document);
  if (enJson) {
    const registre = format === 'registre-json' || format === 'registre-csv';
    const sortie = { constats: constats.map((c) => constatPourJson(c, registre)) };
    return json(origine ? { ...sortie, document: origine } : sortie, code);
  }
  // The layer's own doubts (headers dropped, pages without text) come after the rules' findings.
  const lisibles = constats.map((c) => ({ ...c, position: positionDansLaPage(c.position, document) }));
  const lignes = [`${fichier} — ${verification.titre}`, ...lisibles.map(ligneConstat), ...document.constats.filter((c) => !precises.has(c.regle)).map(ligneConstat), resumeConstats(constats)];
  return succes(`${lignes.join('\n')}\n`, code);
}
