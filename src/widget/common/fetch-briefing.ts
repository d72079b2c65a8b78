/**
 * Fetching a briefing file, with everything that can go wrong named: the host page gets a clear
 * error, never a skeleton that spins forever or a tab busy reading a huge body.
 */
import { MAX_BRIEFING_BYTES } from '../../format/limits.js';

/** Why a briefing could not be shown: `briefing-error`'s `detail.reason`. */
export type BriefingErrorReason = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'version' | 'invalid';

export class BriefingLoadError extends Error {
  override name = 'BriefingLoadError';
  constructor(
    readonly reason: BriefingErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The whole response must arrive within this time. */
export const FETCH_TIMEOUT_MS = 15e3;

/**
 * The JSON value at `src`; `onHeaders` sees the response's headers before its body is read. Rejects with a BriefingLoadError, or with an AbortError once `signal`
 * aborts (the element moved on: nothing to report).
 */
export async function fetchBriefing(
  src: string,
  signal: AbortSignal,
  onHeaders?: (headers: Headers) => void,
  timeoutMs = FETCH_TIMEOUT_MS,
  maxBytes = MAX_BRIEFING_BYTES,
): Promise<unknown> {
  // Aborted by the caller or by the timer; which one tells a timeout from a cancellation.
  const own = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  try {
    const response = await fetch(src, { signal: own });
    if (!response.ok) throw new BriefingLoadError('http', `HTTP ${response.status}`);
    const tooLarge = new BriefingLoadError('too-large', `Over ${maxBytes} bytes`);
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge;
    onHeaders?.(response.headers);
    // Counted as it streams: an endless body, or one longer than announced, is cut off.
    const reader = response.body!.getReader();
    const chunks: BlobPart[] = [];
    let size = 0;
    for (let chunk; !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
      if ((size += chunk.value.length) > maxBytes) {
        void reader.cancel();
        throw tooLarge;
      }
    }
    return parseJson(await new Blob(chunks).text());
  } catch (error) {
    if (signal.aborted || error instanceof BriefingLoadError) throw error;
    throw new BriefingLoadError(own.aborted ? 'timeout' : 'network', String(error));
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BriefingLoadError('not-json', String(error));
  }
}
