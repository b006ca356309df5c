/** What the registry needs from a window's webContents; kept narrow so tests need no Electron. */
export interface TrackedContents {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * The webContents ids of windows the app itself created. IPC is only answered for these,
 * so a page that somehow ends up in another webContents cannot reach the ledger.
 */
export class AppWindows {
  readonly #ids = new Set<number>();

  track(contents: TrackedContents): void {
    const { id } = contents;
    this.#ids.add(id);
    // The id is captured now: a destroyed webContents can no longer be asked for it.
    contents.once('destroyed', () => this.#ids.delete(id));
  }

  has(id: number): boolean {
    return this.#ids.has(id);
  }

  get size(): number {
    return this.#ids.size;
  }
}
