// Pieces shared by the two fakes of Apps Script (./tableur.ts for Sheets, ./document.ts for Docs): the
// journaling proxy every service object is made of, and the document properties with their limits.

/** Constructors of the vm's realm: values handed to the add-on must come from there, as in Apps Script. */
export interface Royaume {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** Docs and Sheets' limits on document properties: 9 KB per value, 500 KB in all. */
const LIMITE_VALEUR = 9 * 1024;
const LIMITE_TOTALE = 500 * 1024;

export type Methodes = Record<string, (...a: never[]) => unknown>;
export type FabriqueObjet = (service: string, methodes: Methodes, donnees?: Record<string, unknown>) => object;

/**
 * Objects whose methods are journaled as `Service.methode` and whose other properties THROW: the
 * add-on cannot quietly use something the fake does not model. `donnees` are plain readable fields.
 */
export function fabriqueObjets(journal: string[], royaume: () => Royaume): FabriqueObjet {
  return (service, methodes, donnees = {}) =>
    new Proxy(
      {},
      {
        get(_cible, prop) {
          if (typeof prop === 'symbol') return undefined;
          if (prop in donnees) return donnees[prop];
          const m = methodes[prop];
          if (!m) throw new (royaume().Error)(`API non simulée : ${service}.${prop}`);
          return (...args: never[]) => {
            journal.push(`${service}.${prop}`);
            return m(...args);
          };
        },
        set(_cible, prop) {
          throw new (royaume().Error)(`Écriture non simulée : ${service}.${String(prop)}`);
        },
      },
    );
}

/** PropertiesService.getDocumentProperties() over `magasin`, with the real limits. */
export function proprietesDuDocument(objet: FabriqueObjet, magasin: Map<string, string>, royaume: () => Royaume): object {
  const verifier = (suivantes: Map<string, string>) => {
    let total = 0;
    for (const [k, v] of suivantes) {
      const octets = Buffer.byteLength(v, 'utf8');
      if (octets > LIMITE_VALEUR) throw new (royaume().Error)(`Argument too large: value (${k}, ${octets} octets)`);
      total += octets + Buffer.byteLength(k, 'utf8');
    }
    if (total > LIMITE_TOTALE) throw new (royaume().Error)('You have exceeded the property storage quota.');
  };
  const ecrire = (suivantes: Map<string, string>) => {
    verifier(suivantes);
    magasin.clear();
    for (const [k, v] of suivantes) magasin.set(k, v);
  };
  const proxy: object = objet('Properties', {
    getProperty: (k: string) => magasin.get(k) ?? null,
    getProperties: () => Object.fromEntries(magasin),
    getKeys: () => [...magasin.keys()],
    setProperty: (k: string, v: string) => {
      ecrire(new Map([...magasin, [k, String(v)]]));
      return proxy;
    },
    setProperties: (props: Record<string, string>, supprimerLesAutres = false) => {
      const suivantes = new Map(supprimerLesAutres ? [] : magasin);
      for (const [k, v] of Object.entries(props)) suivantes.set(k, String(v));
      ecrire(suivantes);
      return proxy;
    },
    deleteProperty: (k: string) => {
      magasin.delete(k);
      return proxy;
    },
    deleteAllProperties: () => {
      magasin.clear();
      return proxy;
    },
  });
  return proxy;
}
