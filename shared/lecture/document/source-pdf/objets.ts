// An object PDF.js decoded for a page (an image painted by name), for the reading of the page's
// images (page.ts: opacity behind text) and of a scan (scan/image-pdf.ts).
import type { PDFPageProxy } from 'pdfjs-dist';

/** The object named `id`, or undefined when PDF.js has none by that name. */
export function objetDeLaPage<T>(page: PDFPageProxy, id: string): Promise<T | undefined> {
  // Images shared between pages live in commonObjs ("g_" prefix), the others in the page's objs.
  const depot = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resoudre) => {
    try {
      depot.get(id, (o: unknown) => resoudre(o as T | undefined));
    } catch {
      resoudre(undefined);
    }
  });
}
