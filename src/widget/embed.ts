/** The classic script's entry (dist/story-briefing.js): registers the five elements, exports nothing. */
import './index.js';
