import { BriefingSummary } from './briefing-summary.component.js';

export { BriefingSummary };

if (!customElements.get('briefing-summary')) customElements.define('briefing-summary', BriefingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-summary': BriefingSummary;
  }
}
