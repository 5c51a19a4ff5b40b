// A minimal Language Server Protocol client over stdio, as an editor is: requests with deadlines, the server's own
// requests answered, notifications kept and awaited, and the server killed however the test ends.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Notification {
  method: string;
  params: unknown;
}

export class LspClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters = new Set<{ test: (n: Notification) => boolean; resolve: (n: Notification) => void }>();
  readonly notifications: Notification[] = [];
  private stderr = '';
  private exited = false;

  /** Start `node script args…`; `configuration` answers the server's workspace/configuration requests by section. */
  constructor(
    script: string,
    args: string[],
    private readonly configuration: Record<string, unknown>,
  ) {
    this.server = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.server.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`the language server exited: ${this.stderr}`));
      this.pending.clear();
    });
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      // a request from the server: configuration by section, null for the rest (capability registrations, progress)
      const items =
        m.method === 'workspace/configuration'
          ? ((m.params as { items: { section?: string }[] }).items ?? [])
          : undefined;
      this.send({
        id: m.id,
        result: items
          ? items.map((i) => (i.section !== undefined ? (this.configuration[i.section] ?? null) : null))
          : null,
      });
    } else if (m.method !== undefined) {
      const n = { method: m.method, params: m.params };
      this.notifications.push(n);
      for (const w of [...this.waiters])
        if (w.test(n)) {
          this.waiters.delete(w);
          w.resolve(n);
        }
    } else if (typeof m.id === 'number') {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error.message));
      else p?.resolve(m.result);
    }
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** A request's result, or an error after `ms` milliseconds. */
  request<T>(method: string, params: unknown, ms = 10_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`the language server exited: ${this.stderr}`));
    const id = this.nextId++;
    return withDeadline(
      new Promise<T>((resolve, reject) => {
        this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        this.send({ id, method, params });
      }),
      ms,
      `${method} got no answer`,
    );
  }

  /** The first notification, past or future, that passes the test; an error after `ms` milliseconds. */
  waitFor(test: (n: Notification) => boolean, ms = 10_000, what = 'a notification'): Promise<Notification> {
    const seen = this.notifications.find(test);
    if (seen) return Promise.resolve(seen);
    return withDeadline(new Promise((resolve) => this.waiters.add({ test, resolve })), ms, `no ${what} came`);
  }

  /** Ask the server to shut down and exit; kill it if it has not within a second. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.server.once('exit', resolve));
    try {
      await this.request('shutdown', null, 2_000);
      this.notify('exit', null);
      await withDeadline(gone, 1_000, 'exit');
    } catch {
      // it is killed below
    } finally {
      if (!this.exited) this.server.kill('SIGKILL');
    }
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  );
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
