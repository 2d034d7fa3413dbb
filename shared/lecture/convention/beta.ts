// What the convention funds on beta.gouv.fr, read only from links the text really contains:
// startup pages (`beta.gouv.fr/startups/<slug>` or `.html`) and an incubator's startups
// (`beta.gouv.fr/startups/?incubateur=<id>`, `beta.gouv.fr/incubateurs/<id>`). A startup named
// in prose (« la Startup d'État Tableau de bord de l'Apprentissage ») has no slug to read: it is
// left to the registry, which links conventions to startups by hand.
import type { DocumentConvention, Trouve } from './document';

// A link ends at a blank, a closing bracket, a query, or a full stop that ends the sentence.
const FIN_DE_LIEN = '(?=$|[\\s)\\]>"\'#?,;/]|\\.(?:$|\\s))';
const STARTUP = new RegExp(`beta\\.gouv\\.fr/startups?/([a-z0-9][a-z0-9._-]*?)(?:\\.html)?${FIN_DE_LIEN}`, 'gi');
const INCUBATEUR = new RegExp(
  `beta\\.gouv\\.fr/(?:startups/?\\?(?:[^\\s)>\\]]*?&)?incubateur=([a-z0-9._-]+)|incubateurs/([a-z0-9._-]+?)(?:\\.html)?${FIN_DE_LIEN})`,
  'i',
);

export function lireStartups(doc: DocumentConvention): Trouve<string[]> | null {
  const slugs: string[] = [];
  let ligne = 0;
  doc.brutes.forEach((brute, i) => {
    STARTUP.lastIndex = 0;
    for (let m = STARTUP.exec(brute); m; m = STARTUP.exec(brute)) {
      if (!slugs.includes(m[1]!)) slugs.push(m[1]!);
      if (ligne === 0) ligne = i + 1;
    }
  });
  return slugs.length > 0 ? { valeur: slugs, ligne } : null;
}

export function lireIncubateur(doc: DocumentConvention): Trouve<string> | null {
  for (let i = 0; i < doc.brutes.length; i++) {
    const m = INCUBATEUR.exec(doc.brutes[i]!);
    if (m) return { valeur: (m[1] ?? m[2])!, ligne: i + 1 };
  }
  return null;
}
