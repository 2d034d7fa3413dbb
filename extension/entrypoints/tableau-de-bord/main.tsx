import '../../ui/theme.css';
import '../../ui/composants.css';
import '../options/style.css';
import './style.css';
import { render } from 'preact';
import { TableauDeBord } from '../../ui/tableau/TableauDeBord';

const racine = document.getElementById('app');
if (racine) render(<TableauDeBord />, racine);
