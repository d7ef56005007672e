/** Speed and time left for an upload, from progress samples over a sliding window. */
export class TransferRate {
  #samples: { t: number; bytes: number }[] = [];

  constructor(private readonly windowMs = 8000) {}

  /** Records that `bytes` were sent by time `t` (ms). Going backwards (a restarted part) starts over. */
  add(t: number, bytes: number): void {
    const last = this.#samples.at(-1);
    if (last && bytes < last.bytes) this.#samples = [];
    this.#samples.push({ t, bytes });
    while (this.#samples.length > 2 && this.#samples[0].t < t - this.windowMs) this.#samples.shift();
  }

  reset(): void {
    this.#samples = [];
  }

  /** Bytes per second, or null until there is half a second of samples. */
  bytesPerSecond(): number | null {
    const first = this.#samples[0];
    const last = this.#samples.at(-1);
    if (!first || !last || last.t - first.t < 500) return null;
    return ((last.bytes - first.bytes) * 1000) / (last.t - first.t);
  }

  /** Whole seconds left to send `total` bytes at the current speed, or null when unknown. */
  secondsLeft(total: number): number | null {
    const speed = this.bytesPerSecond();
    const last = this.#samples.at(-1);
    if (!speed || speed <= 0 || !last) return null;
    return Math.max(0, Math.ceil((total - last.bytes) / speed));
  }
}
