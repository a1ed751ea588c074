/**
 * At most `limit` of a costly kind of work at once in this process — PDF prints (each runs a
 * Chromium of its own, ~150 MB), uploads being read (each holds its file in memory): more wait their
 * turn, first come first served, instead of exhausting memory.
 */
export class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Waits for a slot; the function returned frees it (once, however often it is called). */
  async acquire(): Promise<() => void> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line (the count stays), or is freed.
      if (next) next();
      else this.running--;
    };
  }

  /** Runs `work` once a slot is free, and frees it when `work` settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const free = await this.acquire();
    try {
      return await work();
    } finally {
      free();
    }
  }

  /** How many run now (for tests and metrics). */
  get active(): number {
    return this.running;
  }

  /** How many wait for a slot. */
  get queued(): number {
    return this.waiting.length;
  }
}
