// French human-readable pieces shared by the CLI commands.
import type { Constat, Gravite, Position } from '../model';

export function decrirePosition(position: Position | null): string {
  if (!position) return 'document';
  if (position.cellule) return `cellule ${position.cellule}`;
  const morceaux: string[] = [];
  if (position.page !== undefined) morceaux.push(`page ${position.page}`);
  if (position.ligne !== undefined) morceaux.push(`ligne ${position.ligne}`);
  if (position.champ) morceaux.push(`champ « ${position.champ} »`);
  return morceaux.length > 0 ? morceaux.join(', ') : 'document';
}

const SYMBOLE: Record<Gravite, string> = { erreur: '✖', avertissement: '⚠', information: 'ℹ' };

export function ligneConstat(constat: Constat): string {
  return `  ${SYMBOLE[constat.gravite]} ${decrirePosition(constat.position).padEnd(12)} ${constat.gravite.padEnd(13)} ${constat.regle}\n      ${constat.message}`;
}

function accorder(n: number, singulier: string, pluriel: string): string {
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? pluriel : singulier}`;
}

export function compterParGravite(constats: readonly Constat[]): Record<Gravite, number> {
  const comptes: Record<Gravite, number> = { erreur: 0, avertissement: 0, information: 0 };
  for (const c of constats) comptes[c.gravite]++;
  return comptes;
}

/** `2 erreurs, 1 avertissement, 0 information` */
export function resumeConstats(constats: readonly Constat[]): string {
  const c = compterParGravite(constats);
  return [
    accorder(c.erreur, 'erreur', 'erreurs'),
    accorder(c.avertissement, 'avertissement', 'avertissements'),
    accorder(c.information, 'information', 'informations'),
  ].join(', ');
}

/** The four fields of the `check --json` contract (plus the convention for a registry). */
export function constatPourJson(constat: Constat, avecConvention: boolean) {
  const { regle, gravite, message, position } = constat;
  return avecConvention && constat.conventionId
    ? { regle, gravite, message, position, conventionId: constat.conventionId }
    : { regle, gravite, message, position };
}
