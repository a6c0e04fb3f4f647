import { chromium } from '../../scripts/engines.js';
import { tour } from './tour';

tour(chromium);
