/** Entry of `/embed/v1.js` (bundled and minified by build.ts). Public path: keep it stable. */
import { install } from './loader';

install(window);
