import { webkit } from './engines';
import { tour } from './tour';

tour(webkit);
