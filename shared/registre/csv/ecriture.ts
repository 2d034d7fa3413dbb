// Writing a registry as CSV (format: ./colonnes.ts): one line per convention and year, the convention's
// columns repeated on each of its lines.
import type { Execution, LigneExecution } from '../../model';
import { ecrireEuros } from '../../montant';
import type { Registre } from '../schema';
import { ecrireCsvFrancais } from '../csv-francais';
import { COLONNES, ECRIVAINS, OBLIGATOIRES, type Colonne } from './colonnes';

/** Writes a registry as CSV (format: ./colonnes.ts): `;`, CRLF, a BOM for Excel, only the columns in use. */
export function ecrireRegistreCsv(r: Registre): string {
  const executions = new Map<string, Execution>();
  for (const e of r.executions) if (!executions.has(e.conventionId)) executions.set(e.conventionId, e);
  const lignes: Partial<Record<Colonne, string>>[] = [];
  for (const c of r.conventions) {
    const e = executions.get(c.id);
    const communes: Partial<Record<Colonne, string>> = {};
    for (const nom of COLONNES) {
      const ecrire = ECRIVAINS[nom];
      if (ecrire) communes[nom] = ecrire(c, e);
    }
    // Execution lines ride on the first échéancier line of their year; the others get their own line.
    const attachees = new Map<number, LigneExecution>();
    const seules: LigneExecution[] = [];
    for (const l of e?.lignes ?? []) {
      const k = l.aeEngagees === null && l.cpPayes === null ? -1 : c.echeancier.findIndex((x, i) => x.annee === l.annee && !attachees.has(i));
      if (k >= 0) attachees.set(k, l);
      else seules.push(l);
    }
    c.echeancier.forEach((l, i) => {
      const x = attachees.get(i);
      lignes.push({
        ...communes,
        annee: String(l.annee),
        ae: l.ae === null ? '' : ecrireEuros(l.ae),
        cp: l.cp === null ? '' : ecrireEuros(l.cp),
        ae_engagees: x?.aeEngagees == null ? '' : ecrireEuros(x.aeEngagees),
        cp_payes: x?.cpPayes == null ? '' : ecrireEuros(x.cpPayes),
      });
    });
    for (const x of seules) {
      lignes.push({
        ...communes,
        annee: String(x.annee),
        ae: '',
        cp: '',
        ae_engagees: x.aeEngagees === null ? '' : ecrireEuros(x.aeEngagees),
        cp_payes: x.cpPayes === null ? '' : ecrireEuros(x.cpPayes),
        nature: 'execution',
      });
    }
    if (c.echeancier.length === 0 && seules.length === 0) lignes.push({ ...communes, annee: '', ae: '', cp: '' });
  }
  const utilisees = COLONNES.filter((nom) => OBLIGATOIRES.includes(nom) || lignes.some((l) => (l[nom] ?? '') !== ''));
  const donnees = [utilisees as string[], ...lignes.map((l) => utilisees.map((nom) => l[nom] ?? ''))];
  return ecrireCsvFrancais(donnees);
}
