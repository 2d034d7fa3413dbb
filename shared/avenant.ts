// What an avenant changes, in one French sentence for people (CLI, extension): « Avenant n° 2 —
// modifie les articles 3 et 5 de la convention du 4 mai 2018 ». One function, so that every front
// says it in the same words.
import { formaterDate } from './dates';
import type { Avenant } from './model';

/** « 3 », « 3 et 5 », « 1.1, 1.3 et 2 ». */
function enumerer(elements: readonly string[]): string {
  if (elements.length <= 1) return elements.join('');
  return `${elements.slice(0, -1).join(', ')} et ${elements[elements.length - 1]}`;
}

/** The parts changed, grouped the way one says them: articles, then annexes, the preamble, anything else as written. */
function parties(articles: readonly string[]): string {
  const numeros = articles.filter((a) => /^\d/.test(a));
  const annexes = articles.filter((a) => /^annexe\b/i.test(a));
  const autres = articles.filter((a) => !numeros.includes(a) && !annexes.includes(a));
  const groupes: string[] = [];
  if (numeros.length === 1) groupes.push(`l'article ${numeros[0]}`);
  if (numeros.length > 1) groupes.push(`les articles ${enumerer(numeros)}`);
  const annexesNumerotees = annexes.map((a) => a.replace(/^annexe\s*/i, '')).filter((n) => n !== '');
  if (annexes.length === 1) groupes.push(`l'${annexes[0]!.replace(/^Annexe/, 'annexe')}`);
  else if (annexes.length > 1 && annexesNumerotees.length === annexes.length) groupes.push(`les annexes ${enumerer(annexesNumerotees)}`);
  else if (annexes.length > 1) groupes.push(`les annexes`);
  for (const a of autres) groupes.push(/^pr[ée]ambule$/i.test(a) ? 'le préambule' : a);
  if (groupes.length <= 1) return groupes.join('');
  return `${groupes.slice(0, -1).join(', ')} ainsi que ${groupes[groupes.length - 1]}`;
}

/**
 * « Avenant n° 2 — modifie les articles 3 et 5 de la convention du 4 mai 2018 »; without articles
 * « Avenant n° 1 à la convention du 14 juillet 2010 »; what is unknown is left out.
 */
export function decrireAvenant(avenant: Avenant): string {
  const tete = avenant.numero !== undefined ? `Avenant n°\u00a0${avenant.numero}` : 'Avenant';
  const articles = Array.isArray(avenant.articlesModifies) ? avenant.articlesModifies : [];
  const date = avenant.dateConventionInitiale ? ` du ${formaterDate(avenant.dateConventionInitiale)}` : '';
  if (articles.length > 0) return `${tete} — modifie ${parties(articles)} de la convention${date}`;
  return date ? `${tete} à la convention${date}` : tete;
}
