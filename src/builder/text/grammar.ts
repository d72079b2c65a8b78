// Word patterns the rules of several stages share.

// What opens a sentence's subordinate clause: "A day after …", "While …". The attribution and
// title stages both look past it; each adds what else it accepts there.
export const TIME_BEFORE = String.raw`(?:(?:a|one|two|three|several)\s+(?:day|days|week|weeks|hour|hours|month|months)\s+)?`;
export const SUBORDINATORS = 'after|before|while|as|when|although|though|since|because|if|once|until';

/** First- and second-person words: the writer's or a speaker's own voice, never a report's ("I-Vt." is a party label). */
export const PERSONAL = /\b(?:I(?![-.])|[Ww]e|[Oo]urs?|us|[Mm]y|[Mm]e|[Yy]ou|[Yy]ours?)\b/u;
