import '../../ui/theme.css';
import '../../ui/composants.css';
import './style.css';
import { render } from 'preact';
import { Popup } from '../../ui/popup/Popup';

const racine = document.getElementById('app');
if (racine) render(<Popup />, racine);
