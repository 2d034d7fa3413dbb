import '../../ui/theme.css';
import '../../ui/composants.css';
import './style.css';
import { render } from 'preact';
import { Options } from '../../ui/options/Options';

const racine = document.getElementById('app');
if (racine) render(<Options />, racine);
