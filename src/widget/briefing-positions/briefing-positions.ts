import { BriefingPositions } from './briefing-positions.component.js';

export { BriefingPositions };

if (!customElements.get('briefing-positions')) customElements.define('briefing-positions', BriefingPositions);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-positions': BriefingPositions;
  }
}
