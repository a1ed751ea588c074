/**
 * At most `limit` PDFs print at once in this process (each print runs a Chromium of its own, ~150 MB):
 * more concurrent downloads wait their turn, first come first served, instead of exhausting memory.
 */
export class PrintSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Runs `work` once a slot is free, and frees it when `work` settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line (the count stays), or is freed.
      if (next) next();
      else this.running--;
    }
  }

  /** How many prints are running now (for tests and metrics). */
  get active(): number {
    return this.running;
  }
}
