import { BriefingActors } from './briefing-actors.component.js';

export { BriefingActors };

if (!customElements.get('briefing-actors')) customElements.define('briefing-actors', BriefingActors);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-actors': BriefingActors;
  }
}
