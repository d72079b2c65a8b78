/**
 * The embed's entry point: registers all six elements. Each element can also be imported on
 * its own (`./briefing-actors/briefing-actors.js`, …) to register only that one.
 */
export { StoryBriefing } from './story-briefing/story-briefing.js';
export { BriefingSummary } from './briefing-summary/briefing-summary.js';
export { BriefingTimeline } from './briefing-timeline/briefing-timeline.js';
export { BriefingActors } from './briefing-actors/briefing-actors.js';
export { BriefingPositions } from './briefing-positions/briefing-positions.js';
export { BriefingQuestions } from './briefing-questions/briefing-questions.js';
export { BriefingElement, type LoadStatus } from './common/briefing-element.js';
export { BriefingErrorEvent, BriefingLoadEvent } from './common/events.js';
export type { BriefingErrorDetail, BriefingLoadDetail } from './common/events.js';
