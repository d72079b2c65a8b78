import { define } from '../common/define.js';
import { BriefingActors } from './briefing-actors.component.js';

export { BriefingActors };

define('briefing-actors', BriefingActors);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-actors': BriefingActors;
  }
}
