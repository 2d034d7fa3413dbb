// The Sheets sidebar's calls to its server, typed by ApiServeur (../contrat.ts).
import { creerAppel } from '../../commun/panneau/serveur';
import type { ApiServeur } from '../contrat';

export const appeler = creerAppel<ApiServeur>('Le panneau doit être ouvert depuis Google Sheets (Extensions › Jauge › Ouvrir le panneau).');
