// The Docs sidebar's calls to its server, typed by ApiServeurDocs (../contrat.ts).
import { creerAppel } from '../../commun/panneau/serveur';
import type { ApiServeurDocs } from '../contrat';

export const appeler = creerAppel<ApiServeurDocs>('Le panneau doit être ouvert depuis Google Docs (Extensions › Jauge › Vérifier la convention).');
