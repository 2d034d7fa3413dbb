// Entry of the Docs sidebar bundle (built into dist/docs-addon/Sidebar.html by ../../../build.ts).
import { render } from 'preact';
import { App } from './App';
import '../../commun/panneau/panneau.css';

function demarrer() {
  const racine = document.getElementById('app');
  // Opened by « Insérer l'échéancier d'un plan »: the server appends an inert marker (no script), after
  // this script in the page: it is read once the whole page is parsed.
  const vue = document.querySelector('[data-jauge-vue]')?.getAttribute('data-jauge-vue') === 'plan' ? 'plan' : 'verification';
  if (racine) render(<App vue={vue} />, racine);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', demarrer);
else demarrer();
