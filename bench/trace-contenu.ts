// What the content script costs inside a page's load, in CPU time rather than wall time (so a busy
// machine does not blur it): a Chromium trace (devtools.timeline, v8.execute) of one page load, and
// the renderer thread time of the extensions' script evaluations that end before the load event.
import type { BrowserContext } from 'playwright-core';

interface EvenementTrace {
  name?: string;
  ph?: string;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

export interface EvaluationContenu {
  /** The page's loadEventEnd (ms), traced load. */
  chargement: number;
  /** CPU (thread) time of content-script evaluation before `load`, ms. */
  cpu: number;
  /** Wall time of the same evaluations, ms. */
  mur: number;
}

/** One traced load of `url` in a new tab of `context`. */
export async function tracerChargement(context: BrowserContext, url: string): Promise<EvaluationContenu> {
  const page = await context.newPage();
  try {
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    const evenements: EvenementTrace[] = [];
    cdp.on('Tracing.dataCollected', (e) => evenements.push(...(e.value as EvenementTrace[])));
    const fini = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    const chargement = (await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number;
    await cdp.send('Tracing.end');
    await fini;
    const debutLoad = evenements.find((e) => e.name === 'loadEventStart' || e.name === 'MarkLoad')?.ts ?? Number.POSITIVE_INFINITY;
    const scripts = evenements.filter(
      (e) => e.name === 'EvaluateScript' && e.ph === 'X' && /^(chrome|moz)-extension:\/\//.test(e.args?.data?.url ?? '') && (e.ts ?? 0) + (e.dur ?? 0) <= debutLoad,
    );
    return {
      chargement,
      cpu: scripts.reduce((t, e) => t + (e.tdur ?? e.dur ?? 0), 0) / 1000,
      mur: scripts.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    };
  } finally {
    await page.close();
  }
}
