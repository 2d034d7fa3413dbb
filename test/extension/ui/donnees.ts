// Test data for the UI components: one convention close to seed 000 (DGEFP, 2024–2025) with its
// status, a résumé, and a registry-like list of résumés. Hand-written, not computed by shared/,
// so a component test fails if a component starts recomputing what the background sends.
import type { Convention, Statut } from '../../../shared/model';
import type { DetailConvention, ResumeConvention } from '../../../extension/lib/messages';
import { conventionDeTest } from '../../aides/conventions';

export function convention(surcharge: Partial<Convention> = {}): Convention {
  return conventionDeTest({
    delegant: { nom: "Délégation générale à l'emploi et à la formation professionnelle", sigle: 'DGEFP' },
    delegataire: { nom: 'Direction interministérielle du numérique', sigle: 'DINUM' },
    uo: '0103-CEFP-C004',
    programme: '0103',
    bop: '013-CEFP',
    chorus: {
      axeMinisteriel1: '36',
      domaineFonctionnel: '0103-01-01',
      centreFinancier: '0103-CEFP-C004',
      activites: ['01030000-2303'],
      centreDeCout: 'EMPEF00075',
    },
    incubateur: 'mission-apprentissage',
    preavisMois: 3,
    comitesSemestriels: true,
    ...surcharge,
  });
}

export function statut(surcharge: Partial<Statut> = {}): Statut {
  return {
    conventionId: 'dgefp-2024-03-28',
    aujourdhui: '2025-11-24',
    phase: 'en-cours',
    niveau: 'attention',
    joursRestants: 37,
    totaux: { ae: 250000000, cp: 250000000 },
    alertes: [{ code: 'fin-proche', niveau: 'attention', message: 'La convention se termine dans 37 jours.' }],
    datesCles: [
      { code: 'signature', date: '2024-03-28', libelle: 'Signature' },
      { code: 'preavis', date: '2025-09-30', libelle: 'Dernier jour du préavis de 3 mois' },
      { code: 'fin', date: '2025-12-31', libelle: 'Fin de la convention' },
    ],
    prochainComite: '2026-01-15',
    ...surcharge,
  };
}

export function resume(surcharge: Partial<ResumeConvention> = {}): ResumeConvention {
  return {
    id: 'dgefp-2024-03-28',
    libelle: 'Convention DGEFP',
    type: 'delegation-de-gestion',
    delegant: 'DGEFP',
    delegataire: 'DINUM',
    dateSignature: '2024-03-28',
    dateFin: '2025-12-31',
    phase: 'en-cours',
    niveau: 'attention',
    joursRestants: 37,
    texteBadge: 'AE 2,5 M€ · J-37',
    texteNiveau: 'attention',
    startups: [],
    nomsStartups: [],
    incubateur: 'mission-apprentissage',
    totaux: { ae: 250000000, cp: 250000000 },
    texteTotaux: 'AE 2 500 000 € · CP 2 500 000 €',
    periode: '28 mars 2024 – 31 déc. 2025',
    alertes: [{ niveau: 'attention', message: 'La convention se termine dans 37 jours.' }],
    nombreConstats: 1,
    ...surcharge,
  };
}

export function detail(surcharge: Partial<DetailConvention> = {}): DetailConvention {
  return {
    convention: convention(),
    statut: statut(),
    constats: [
      {
        regle: 'code-chorus-mal-forme',
        gravite: 'avertissement',
        message: 'Code d’activité « 01030000-2303 » mal formé : 12 chiffres attendus.',
        position: { ligne: 42 },
        conventionId: 'dgefp-2024-03-28',
      },
    ],
    startups: [],
    incubateur: { id: 'mission-apprentissage', nom: 'Mission apprentissage' },
    resume: resume(),
    aujourdhui: '2025-11-24',
    ...surcharge,
  };
}

export const RESULTATS: ResumeConvention[] = [
  resume(),
  resume({
    id: 'menjs-2021-01-26',
    libelle: 'Convention MENJS',
    delegant: 'MENJS',
    phase: 'echue',
    niveau: 'ok',
    joursRestants: -1424,
    texteBadge: 'échue le 31 déc. 2021',
    texteNiveau: 'terminée',
    startups: ['classe-a-12'],
    nomsStartups: ['Classe à 12'],
    incubateur: undefined,
  }),
  resume({
    id: 'dinum-2024-03-27',
    libelle: 'Partenariat FAST DGEFP',
    type: 'partenariat-fast',
    delegant: 'DINUM',
    delegataire: 'DGEFP',
    niveau: 'alerte',
    texteNiveau: 'alerte',
    texteBadge: 'échue le 31 déc. 2024',
    startups: ['tdb-apprentissage'],
    nomsStartups: ['Tableau de bord de l’apprentissage'],
    incubateur: undefined,
  }),
];
