/**
 * The Mocha globals web-test-runner provides in the browser, typed just enough for these tests
 * (tsconfig's `types` is `["node"]`, and @types/mocha is not a dependency).
 */
interface MochaTestContext {
  skip(): never;
  timeout(ms: number): void;
  test?: { fullTitle(): string };
}

type MochaTestFn = (this: MochaTestContext) => void | Promise<void>;

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaTestFn): void;
declare function before(fn: MochaTestFn): void;
declare function after(fn: MochaTestFn): void;
declare function beforeEach(fn: MochaTestFn): void;
declare function afterEach(fn: MochaTestFn): void;
