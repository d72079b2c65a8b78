import { define } from '../common/define.js';
import { BriefingSummary } from './briefing-summary.component.js';

export { BriefingSummary };

define('briefing-summary', BriefingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-summary': BriefingSummary;
  }
}
