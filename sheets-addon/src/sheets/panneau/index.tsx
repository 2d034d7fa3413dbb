// Entry of the sidebar bundle (built into Sidebar.html by ../../build.ts).
import { render } from 'preact';
import { App } from './App';
import '../../commun/panneau/panneau.css';

const racine = document.getElementById('app');
if (racine) render(<App />, racine);
