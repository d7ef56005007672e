/**
 * A BroadcastChannel for tests: instances with the same name in this one window deliver each message to the others
 * (never to the sender), a task later, as browsers do across windows. `FakeBroadcastChannel.sent` records every post.
 */
export class FakeBroadcastChannel {
  static open: FakeBroadcastChannel[] = [];
  static sent: { name: string; data: unknown }[] = [];
  static reset() {
    FakeBroadcastChannel.open = [];
    FakeBroadcastChannel.sent = [];
  }
  onmessage: ((e: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeBroadcastChannel.open.push(this);
  }
  postMessage(data: unknown) {
    FakeBroadcastChannel.sent.push({ name: this.name, data });
    const others = FakeBroadcastChannel.open.filter((c) => c !== this && c.name === this.name);
    setTimeout(() => {
      for (const c of others) c.onmessage?.(new MessageEvent('message', { data: structuredClone(data) }));
    }, 0);
  }
  close() {
    FakeBroadcastChannel.open = FakeBroadcastChannel.open.filter((c) => c !== this);
  }
  /** a message from another window (a presenter or an audience window the test plays) */
  static deliver(name: string, data: unknown) {
    for (const c of FakeBroadcastChannel.open.filter((x) => x.name === name)) c.onmessage?.(new MessageEvent('message', { data }));
  }
}
