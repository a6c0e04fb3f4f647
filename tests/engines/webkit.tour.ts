import { webkit } from '../../scripts/engines.js';
import { tour } from './tour';

tour(webkit);
