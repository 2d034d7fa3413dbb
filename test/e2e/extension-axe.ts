// Runs axe-core (the npm package's own build, evaluated in the page) in a page of the extension or
// an add-on's sidebar, and returns its violations in a readable form: `rule (impact): target — message`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { RACINE } from './util/navigateur';

const AXE = path.join(RACINE, 'node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export async function violationsAxe(page: Page): Promise<string[]> {
  const deja = await page.evaluate(() => 'axe' in window);
  // Extension pages forbid inline scripts (CSP `script-src 'self'`), so page.addScriptTag is
  // refused; evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!deja) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (contexte: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    // Every rule axe enables by default (WCAG 2.x A/AA, best practices), none turned off.
    const resultat = await axe.run(document, { resultTypes: ['violations'] });
    return resultat.violations;
  })) as Violation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}) : ${JSON.stringify(n.target)} — ${v.help}. ${n.failureSummary ?? ''}`.trim()),
  );
}

/**
 * The same check in Firefox, through Marionette: axe's source and its run in one script, evaluated by
 * Marionette in the page (not subject to the page's CSP, as in Chromium through the DevTools protocol).
 */
export async function violationsAxeFirefox(m: { executer<T>(corps: string, ...args: unknown[]): Promise<T> }): Promise<string[]> {
  const source = readFileSync(AXE, 'utf8');
  const violations = await m.executer<Violation[]>(
    `${source}
     return window.axe.run(document, { resultTypes: ['violations'] }).then((resultat) =>
       resultat.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })));`,
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}) : ${JSON.stringify(n.target)} — ${v.help}. ${n.failureSummary ?? ''}`.trim()),
  );
}
