import { firefox } from '../../scripts/engines.js';
import { tour } from './tour';

tour(firefox);
