import loadHighs, { type Highs } from 'highs';

let runtime: Promise<Highs> | undefined;

/** HiGHS compiled to WebAssembly, loaded once per process (about 60 ms) and reused by every audit. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}
