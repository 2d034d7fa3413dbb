// fast-check generators of registries, for the format and round-trip property tests.
import fc from 'fast-check';
import type { Convention, Execution, LigneEcheancier, LigneExecution, Partie } from '../../../shared/model';
import type { Registre } from '../../../shared/registre/format';

/** Texts as a CSV cell gives them back: trimmed and not empty. Includes the format's special characters. */
export const texteCsv: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.constantFrom('DGEFP', 'Mission « apprentissage »', 'a|b', 'x:y', 'fin\\', '\\|', '=SOMME(A1)', "'=x", '+33', '-', '@moi', 'deux\nlignes', 'é;è', '"cité"'),
  )
  .map((s) => s.trim())
  .filter((s) => s !== '');

const centimes = fc.oneof(fc.integer({ min: -1_000_000_00, max: 10_000_000_000_00 }), fc.constantFrom(0, 1, 5, 50, 99, 100, 250_000_000));
const montant = fc.option(centimes, { nil: null });
const annee = fc.integer({ min: 1990, max: 2100 });
const dateIso = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const partie: fc.Arbitrary<Partie> = fc
  .record({ nom: texteCsv, sigle: texteCsv }, { requiredKeys: [] })
  .filter((p) => p.nom !== undefined || p.sigle !== undefined);

/** Optional keys left out rather than set to undefined, as readers build objects. */
function sansIndefinis<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const chorus = fc
  .record(
    {
      axeMinisteriel1: texteCsv,
      axeMinisteriel2: texteCsv,
      domaineFonctionnel: texteCsv,
      centreFinancier: texteCsv,
      activites: fc.array(texteCsv, { minLength: 1, maxLength: 3 }),
      centreDeCout: texteCsv,
    },
    { requiredKeys: [] },
  )
  .filter((c) => Object.keys(c).length > 0);

const plafond = fc
  .record({ ae: centimes, cp: centimes, dureeMois: fc.integer({ min: 1, max: 120 }) }, { requiredKeys: [] })
  .filter((p) => Object.keys(p).length > 0);

/** What an avenant changes, with at least one part (an empty one is absent from the CSV). */
const avenant = fc
  .record(
    {
      numero: fc.integer({ min: 1, max: 40 }),
      articlesModifies: fc.oneof(fc.constant([] as string[]), fc.array(fc.oneof(texteCsv, fc.constantFrom('3', '5-1', '2.1', 'annexe 2', 'préambule')), { minLength: 1, maxLength: 3 })),
      dateConventionInitiale: dateIso,
    },
    { requiredKeys: ['articlesModifies'] },
  )
  .filter((a) => a.numero !== undefined || a.articlesModifies.length > 0 || a.dateConventionInitiale !== undefined);

const ligneEcheancier: fc.Arbitrary<LigneEcheancier> = fc.record({ annee, ae: montant, cp: montant });

/** Fields changed by hand: the first reading (any JSON value, null when nothing was read) and the day. */
const modificationsManuelles = fc.dictionary(
  fc.constantFrom('dateFin', 'programme', 'chorus.centreFinancier', 'echeancier', 'startups', 'incubateur', 'montantFast', 'delegant.sigle'),
  fc.record({
    valeurLue: fc.oneof(fc.constant(null), texteCsv, centimes, dateIso, fc.array(ligneEcheancier, { maxLength: 3 }), fc.array(texteCsv, { maxLength: 2 })),
    le: fc.oneof(dateIso, dateIso.map((d) => `${d}T10:15:00Z`)),
  }),
  { minKeys: 1, maxKeys: 3 },
);

/** A convention as the CSV format can carry it (no `sources`, no empty lists or objects). */
export const conventionCsv = (id: fc.Arbitrary<string>): fc.Arbitrary<Convention> =>
  fc
    .record(
      {
        id,
        type: fc.constantFrom('delegation-de-gestion', 'partenariat-fast', 'avenant'),
        titre: fc.option(texteCsv, { nil: undefined }),
        delegant: partie,
        delegataire: fc.oneof(partie, fc.constant({})),
        autresParties: fc.option(fc.array(partie, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        dateSignature: fc.option(dateIso, { nil: undefined }),
        dateFin: fc.option(dateIso, { nil: undefined }),
        uo: fc.option(texteCsv, { nil: undefined }),
        programme: fc.option(fc.oneof(texteCsv, fc.constantFrom('0103', '0349')), { nil: undefined }),
        bop: fc.option(texteCsv, { nil: undefined }),
        chorus: fc.option(chorus, { nil: undefined }),
        plafond: fc.option(plafond, { nil: undefined }),
        montantFast: fc.option(centimes, { nil: undefined }),
        echeancier: fc.array(ligneEcheancier, { maxLength: 5 }),
        startups: fc.option(fc.array(texteCsv, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        incubateur: fc.option(texteCsv, { nil: undefined }),
        preavisMois: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
        comitesSemestriels: fc.option(fc.boolean(), { nil: undefined }),
        anneesParAvenant: fc.option(fc.uniqueArray(annee, { minLength: 1, maxLength: 3 }).map((a) => [...a].sort((x, y) => x - y)), { nil: undefined }),
        avenant: fc.option(avenant, { nil: undefined }),
        modificationsManuelles: fc.option(modificationsManuelles, { nil: undefined }),
      },
      { requiredKeys: ['id', 'type', 'delegant', 'delegataire', 'echeancier'] },
    )
    .map((c) => sansIndefinis(c) as Convention);

/**
 * The execution of a convention in the order the CSV gives it back: figures riding on échéancier lines
 * (at least one figure each), then lines of years the échéancier does not have.
 */
function executionCsv(c: Convention): fc.Arbitrary<Execution | undefined> {
  const annees = new Set(c.echeancier.map((l) => l.annee));
  const attachees = fc.tuple(
    ...c.echeancier.map((l) =>
      fc.option(
        fc.record({ annee: fc.constant(l.annee), aeEngagees: montant, cpPayes: montant }).filter((x) => x.aeEngagees !== null || x.cpPayes !== null),
        { nil: undefined },
      ),
    ),
  );
  const seules = fc.array(
    fc.record({ annee: annee.filter((a) => !annees.has(a)), aeEngagees: montant, cpPayes: montant }),
    { maxLength: 2 },
  );
  return fc.option(
    fc.record({ attachees, seules, dateArrete: fc.option(dateIso, { nil: undefined }) }).map(({ attachees: a, seules: s, dateArrete }) => {
      // The writer puts figures on the first échéancier line of their year that has none yet: a line
      // whose year already had a line without figures cannot carry any.
      const sansChiffres = new Set<number>();
      const retenues = c.echeancier.map((l, k) => {
        const x = a[k];
        if (sansChiffres.has(l.annee) || x === undefined) {
          sansChiffres.add(l.annee);
          return undefined;
        }
        return x;
      });
      const lignes: LigneExecution[] = [...retenues.filter((x): x is LigneExecution => x !== undefined), ...s];
      if (lignes.length === 0 && dateArrete === undefined) return undefined;
      return sansIndefinis({ conventionId: c.id, dateArrete, lignes }) as Execution;
    }),
    { nil: undefined },
  );
}

/** A registry the CSV format carries exactly (no startups or incubators, which it has no room for). */
export const registreCsv: fc.Arbitrary<Registre> = fc
  .uniqueArray(texteCsv, { minLength: 1, maxLength: 5 })
  .chain((ids) => fc.tuple(...ids.map((id) => conventionCsv(fc.constant(id)))))
  .chain((conventions) =>
    fc.tuple(...conventions.map(executionCsv)).map((executions) => ({
      version: 1 as const,
      conventions,
      executions: executions.filter((e): e is Execution => e !== undefined),
      startups: [],
      incubateurs: [],
    })),
  );

/** Any registry the format accepts: free texts (spaces at the ends, empty strings), `sources`, startups, incubators. */
export const registreQuelconque: fc.Arbitrary<Registre> = fc
  .uniqueArray(
    fc.string({ minLength: 1, maxLength: 8 }).filter((id) => id.trim() === id && id !== ''),
    { minLength: 0, maxLength: 4 },
  )
  .chain((ids) =>
    fc.record({
      conventions: fc.tuple(
        ...ids.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              type: fc.constantFrom('delegation-de-gestion', 'partenariat-fast', 'avenant'),
              titre: fc.string({ maxLength: 6 }),
              delegant: fc.record({ nom: fc.string({ maxLength: 5 }), sigle: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
              delegataire: fc.record({ sigle: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
              autresParties: fc.array(fc.record({ nom: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }), { maxLength: 2 }),
              dateFin: dateIso,
              chorus: fc.record({ activites: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }) }, { requiredKeys: [] }),
              plafond: fc.record({ ae: centimes }, { requiredKeys: [] }),
              echeancier: fc.array(ligneEcheancier, { maxLength: 4 }),
              startups: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
              sources: fc.dictionary(fc.string({ maxLength: 4 }), fc.integer({ min: 1, max: 99 })),
              modificationsManuelles: fc.dictionary(
                fc.string({ maxLength: 6 }),
                fc.record({ valeurLue: fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), centimes), le: dateIso }),
                { maxKeys: 2 },
              ),
            },
            { requiredKeys: ['id', 'type', 'delegant', 'delegataire', 'echeancier'] },
          ),
        ),
      ),
      executions: fc.constant([] as Execution[]),
      startups: fc.uniqueArray(fc.record({ slug: fc.string({ maxLength: 6 }), nom: fc.string({ maxLength: 6 }) }), { selector: (s) => s.slug, maxLength: 3 }),
      incubateurs: fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 6 }), nom: fc.string({ maxLength: 6 }) }), { selector: (i) => i.id, maxLength: 2 }),
    }),
  )
  .chain((r) =>
    fc
      .tuple(
        ...r.conventions.map((c) =>
          fc.option(
            fc.record({ conventionId: fc.constant(c.id), lignes: fc.array(fc.record({ annee, aeEngagees: montant, cpPayes: montant }), { maxLength: 3 }) }),
            { nil: undefined },
          ),
        ),
      )
      .map((executions) => ({
        version: 1 as const,
        ...r,
        conventions: r.conventions as Convention[],
        executions: executions.filter((e): e is Execution => e !== undefined),
      })),
  );
