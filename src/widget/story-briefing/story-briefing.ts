// The section elements story-briefing renders must be registered too.
import '../briefing-summary/briefing-summary.js';
import '../briefing-timeline/briefing-timeline.js';
import '../briefing-actors/briefing-actors.js';
import '../briefing-positions/briefing-positions.js';
import '../briefing-questions/briefing-questions.js';
import { define } from '../common/define.js';
import { StoryBriefing } from './story-briefing.component.js';

export { StoryBriefing };

define('story-briefing', StoryBriefing);

declare global {
  interface HTMLElementTagNameMap {
    'story-briefing': StoryBriefing;
  }
}
