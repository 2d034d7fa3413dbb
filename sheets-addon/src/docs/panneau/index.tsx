// Entry of the Docs sidebar bundle (built into dist/docs-addon/Sidebar.html by ../../../build.ts).
import { render } from 'preact';
import { App } from './App';
import '../../commun/panneau/panneau.css';

const racine = document.getElementById('app');
// Opened by « Insérer l'échéancier d'un plan »: the server appends an inert marker (no script).
const vue = document.querySelector('[data-jauge-vue]')?.getAttribute('data-jauge-vue') === 'plan' ? 'plan' : 'verification';
if (racine) render(<App vue={vue} />, racine);
