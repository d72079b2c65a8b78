/**
 * What a test does when the engine running it lacks a feature (issue 18). Tests decide by feature
 * detection, never by the browser's name; the name only goes into the message, so the log says
 * which engine skipped what (web-test-runner prints it under "Browser logs on <engine>").
 */

/** The engine, from the user agent (whose WebKit version is frozen): for messages only. */
export function engineName(ua = navigator.userAgent): string {
  if (/Firefox\//.test(ua)) return 'Firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'Chromium';
  if (/AppleWebKit\//.test(ua)) return 'WebKit';
  return ua;
}

/** Says that this engine left `what` unchecked for want of `feature`. */
export function noteLacking(what: string, feature: string): void {
  console.warn(`${engineName()} skipped ${what}: it lacks ${feature}.`);
}

/** Skips the running test when `has` is false, saying so (see noteLacking). */
export function skipWithout(test: MochaTestContext, has: boolean, feature: string): void {
  if (has) return;
  noteLacking(`"${test.test?.fullTitle() ?? 'a test'}"`, feature);
  test.skip();
}
