import pageVoice from '../data/page-voice.json';
import { namedRules } from './phrases.js';

// A page speaking of itself ("This article has been updated …") or telling its reader what to do
// ("Click through the gallery …"): the named rules of data/page-voice.json. The summary never
// picks such a sentence, and the off-topic stage never lets one vouch for its paragraph.
/** The name of the page-voice rule a sentence meets, if any. */
export const pageVoiceRule = namedRules(pageVoice.rules);
