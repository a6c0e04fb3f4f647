import { chromium } from './engines';
import { tour } from './tour';

tour(chromium);
