import { define } from '../common/define.js';
import { BriefingPositions } from './briefing-positions.component.js';

export { BriefingPositions };

define('briefing-positions', BriefingPositions);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-positions': BriefingPositions;
  }
}
