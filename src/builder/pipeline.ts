// The builder's table of contents: each stage reads what the earlier ones wrote.
import type { Stage } from './types.js';
import { paragraphs } from './stages/01-paragraphs.js';
import { sentences } from './stages/02-sentences.js';
import { offTopic } from './stages/03-off-topic.js';
import { entities } from './stages/04-entities.js';
import { actors } from './stages/05-actors/index.js';
import { attribution } from './stages/06-attribution/index.js';
import { positions } from './stages/07-positions/index.js';
import { questions } from './stages/08-questions/index.js';
import { summary } from './stages/09-summary.js';
import { timeline } from './stages/10-timeline.js';
import { assemble } from './stages/11-assemble.js';
import { changes } from './stages/12-changes.js';

export const PIPELINE: readonly Stage[] = [
  paragraphs, // lines, and the page furniture among them
  sentences, // sentences with exact offsets
  offTopic, // repeated sentences and paragraphs about other stories
  entities, // names with their titles and roles
  actors, // names grouped into actors, ranked
  attribution, // who says what
  positions, // one card per claim per actor
  questions, // what is open, disputed, upcoming or answered
  summary, // summary and key points
  timeline, // dated events, in order
  assemble, // the briefing JSON
  changes, // what is new since the previous build
];
