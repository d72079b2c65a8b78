// The options of a developing story's rebuild: `--date` (the day of articles without their own
// `publishedAt`) and `--previous` (the briefing the last build wrote, to mark what is new).
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { referenceDay } from '../builder/dates.js';
import { InputError } from '../builder/errors.js';
import { readBriefingJson } from './read-briefing-json.js';
import type { Briefing } from '../format/schema.js';
import { validateBriefing } from '../format/validate.js';

/** `--date`: a day the builder can read (2017-04-12, or an ISO date-time). */
export function dateOption(value: string): string {
  if (!referenceDay(value)) throw new InvalidArgumentError('must be a date such as 2017-04-12');
  return value;
}

/** The previous briefing in a file; an InputError naming the file when it is not one. */
export function readPrevious(file: string): Briefing {
  const value = readBriefingJson(file);
  const check = validateBriefing(value);
  if (!check.ok) throw new InputError(`${file}: not a valid previous briefing (${check.errors.slice(0, 2).join('; ')})`);
  return value as Briefing;
}

/** `batch --previous DIR`: the cluster's briefing in DIR, if it has one. */
export function previousIn(dir: string, id: string): Briefing | undefined {
  const file = path.join(dir, `${id}.json`);
  return fs.existsSync(file) ? readPrevious(file) : undefined;
}
