/** Human-readable labels for the format's enumerations. Unknown values are shown as-is. */
export const actorTypeLabels: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
};

export const questionKindLabels: Record<string, string> = {
  disputed: 'Disputed',
  unresolved: 'Unresolved',
  upcoming: 'Upcoming',
};

export const label = (labels: Record<string, string>, value: string): string =>
  Object.prototype.hasOwnProperty.call(labels, value) ? labels[value]! : value;

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const messages = {
  loading: 'Loading briefing…',
  fetchFailed: 'This briefing could not be loaded.',
  unreadable: 'This briefing could not be read.',
} as const;
