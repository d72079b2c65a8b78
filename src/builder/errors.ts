/**
 * The input cannot be built into a briefing (missing, unreadable, empty, malformed or over a
 * limit). Its message is one line meant for the person who supplied the input. `document` is the
 * 0-based index of the offending document when there is one, so that a caller that read the
 * documents from files can name the file.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly document?: number,
  ) {
    super(message);
  }
}
