import { BriefingQuestions } from './briefing-questions.component.js';

export { BriefingQuestions };

if (!customElements.get('briefing-questions')) customElements.define('briefing-questions', BriefingQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-questions': BriefingQuestions;
  }
}
