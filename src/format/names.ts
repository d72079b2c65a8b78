// What the builder, the review page and the edits share about an actor's names.

/** Every name an actor is written by: its name, then its aliases. */
export const namesOf = (a: { name: string; aliases: Iterable<string> }): string[] => [a.name, ...a.aliases];
