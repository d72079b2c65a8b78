/**
 * The largest briefing file readers accept (the widget's fetch, `briefing validate`). The
 * builder's input limits keep its output far below: about 4 MB from a cluster of 1 MB of
 * maximally repetitive text, under 1 MB from real articles.
 */
export const MAX_BRIEFING_BYTES = 10 * 1024 * 1024;
