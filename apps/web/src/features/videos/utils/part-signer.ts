/**
 * Hands out presigned part URLs, asking the API for them in batches (one request signs up to `batchSize` parts)
 * and re-signing those about to expire. Uppy asks for one part at a time; this keeps that to a few requests.
 */
export type SignBatch = (partNumbers: number[], signal?: AbortSignal) => Promise<{ parts: { partNumber: number; url: string }[]; expiresAt: string }>;

export class PartSigner {
  readonly #cache = new Map<number, { url: string; expiresAt: number }>();
  readonly #pending = new Map<number, Promise<void>>();

  constructor(
    private readonly sign: SignBatch,
    private readonly partCount: number,
    private readonly options: { batchSize?: number; now?: () => number; marginMs?: number } = {},
  ) {}

  #fresh(partNumber: number): string | null {
    const hit = this.#cache.get(partNumber);
    const now = (this.options.now ?? Date.now)();
    return hit && hit.expiresAt - (this.options.marginMs ?? 60_000) > now ? hit.url : null;
  }

  async url(partNumber: number, signal?: AbortSignal): Promise<string> {
    if (partNumber < 1 || partNumber > this.partCount) throw new RangeError(`part ${partNumber} is outside 1..${this.partCount}`);
    const cached = this.#fresh(partNumber);
    if (cached) return cached;
    const waiting = this.#pending.get(partNumber);
    if (waiting) {
      await waiting;
      const after = this.#fresh(partNumber);
      if (after) return after;
    }
    const batch = Math.min(this.options.batchSize ?? 20, 100);
    const numbers: number[] = [];
    for (let n = partNumber; n <= this.partCount && numbers.length < batch; n++) {
      if (n === partNumber || (!this.#fresh(n) && !this.#pending.has(n))) numbers.push(n);
    }
    const request = this.sign(numbers, signal).then((res) => {
      const expiresAt = Date.parse(res.expiresAt);
      for (const p of res.parts) this.#cache.set(p.partNumber, { url: p.url, expiresAt });
    });
    for (const n of numbers) this.#pending.set(n, request);
    try {
      await request;
    } finally {
      for (const n of numbers) if (this.#pending.get(n) === request) this.#pending.delete(n);
    }
    const url = this.#fresh(partNumber);
    if (!url) throw new Error(`the server did not sign part ${partNumber}`);
    return url;
  }

  /** Drops a URL that failed, so a retry asks for a new one. */
  forget(partNumber: number): void {
    this.#cache.delete(partNumber);
  }
}
