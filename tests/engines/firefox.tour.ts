import { firefox } from './engines';
import { tour } from './tour';

tour(firefox);
