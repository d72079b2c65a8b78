import { define } from '../common/define.js';
import { BriefingTimeline } from './briefing-timeline.component.js';

export { BriefingTimeline };

define('briefing-timeline', BriefingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-timeline': BriefingTimeline;
  }
}
