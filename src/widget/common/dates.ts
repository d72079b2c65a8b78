import type { Labels } from './labels.js';

/**
 * A UTC day (`Date.UTC` milliseconds) as readers of the labels' language write it: "12 April
 * 2017", or with `day` false the month alone, "April 2017". Shared by the timeline and the
 * review line, so every date in a briefing reads alike.
 */
export const dateText = (labels: Labels, time: number, day = true): string =>
  new Date(time).toLocaleDateString(labels.dateLocale, { day: day ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
