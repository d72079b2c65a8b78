import { define } from '../common/define.js';
import { BriefingQuestions } from './briefing-questions.component.js';

export { BriefingQuestions };

define('briefing-questions', BriefingQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-questions': BriefingQuestions;
  }
}
