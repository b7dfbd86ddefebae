import {
  createExecutionContext,
  createMessageBatch,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Bindings } from "../../src/env";
import worker from "../../src/index";
import { handleQueue } from "../../src/queues";
import { clientRequest, type RequestOptions } from "./api-client";
import type { Fault } from "./deletion-harness";
import { wrap } from "./wrap";

type Pending = { queue: string; body: unknown; attempts: number };

// The queues' max_retries in wrangler.toml (tenant-moves, tenant-deletions, key-rotations).
const MAX_RETRIES = 5;

/**
 * A move (and the removal of its source that follows it), or a key rotation, driven by hand,
 * through the Worker's own `queue()` dispatch: the moves', deletions' and rotations' messages
 * land in one in-memory queue, which `step` delivers a message at a time, and `drain` until it
 * is empty, retrying failed ones as the Queues runtime does. Faults can be injected into every D1 statement (the control plane's
 * and each cell's) and R2 call. `extra` adds to the Worker's bindings (another cell).
 */
export function createMoveHarness(extra: Record<string, unknown> = {}) {
  const faults: Fault[] = [];
  const inject = (operation: string) => {
    for (const fault of faults) fault(operation);
  };
  const d1 = (target: D1Database) =>
    wrap(target, {
      prepare: (database, query: string) => {
        inject(`d1: ${query}`);
        return database.prepare(query);
      },
    });
  const r2 = (target: R2Bucket) =>
    wrap(target, {
      put: (bucket, ...args: Parameters<R2Bucket["put"]>) => {
        inject("r2: put");
        return bucket.put(...args);
      },
      delete: (bucket, keys: string | string[]) => {
        inject("r2: delete");
        return bucket.delete(keys);
      },
    });
  const queue: Pending[] = [];
  const producer = (name: string) => ({
    async send(body: unknown) {
      inject("queue: send");
      queue.push({ queue: name, body, attempts: 1 });
    },
    async sendBatch(messages: { body: unknown }[]) {
      inject("queue: send");
      for (const { body } of messages) queue.push({ queue: name, body, attempts: 1 });
    },
  });
  const testEnv = {
    ...env,
    ...extra,
    DB: d1(env.DB),
    CELL_US_1: d1(env.CELL_US_1),
    CELL_EU_1: d1(env.CELL_EU_1),
    BLOBS_US: r2(env.BLOBS_US),
    BLOBS_EU: r2(env.BLOBS_EU),
    TENANT_MOVES: producer("tenant-moves"),
    TENANT_DELETIONS: producer("tenant-deletions"),
    KEY_ROTATIONS: producer("key-rotations"),
  } as unknown as Bindings;

  let ids = 0;
  /** One consumer invocation of one message; whether it was retried. */
  async function deliver(pending: Pending) {
    const id = `msg-${++ids}`;
    const batch = createMessageBatch(pending.queue, [
      { id, timestamp: new Date(), attempts: pending.attempts, body: pending.body },
    ]);
    const ctx = createExecutionContext();
    await handleQueue(batch, testEnv, ctx);
    const result = await getQueueResult(batch, ctx);
    const retried = result.retryMessages.length > 0;
    if (retried && pending.attempts <= MAX_RETRIES) {
      queue.push({ ...pending, attempts: pending.attempts + 1 });
    }
    return retried;
  }

  /** Delivers the next message; false when there is none. */
  async function step() {
    const next = queue.shift();
    if (!next) return false;
    await deliver(next);
    return true;
  }

  /** Delivers until nothing is left; the messages delivered. */
  async function drain(between: () => Promise<void> = async () => {}, max = 2000) {
    let delivered = 0;
    while (await step()) {
      if (++delivered > max) throw new Error("the move's queue did not drain");
      await between();
    }
    return delivered;
  }

  /** A request through the Worker's fetch with these bindings, as a client sends it. */
  async function request<T = Record<string, unknown>>(path: string, options: RequestOptions = {}) {
    const ctx = createExecutionContext();
    const res = await worker.fetch(clientRequest(path, options), testEnv, ctx);
    const text = await res.text();
    await waitOnExecutionContext(ctx);
    return {
      status: res.status,
      headers: res.headers,
      body: (text ? JSON.parse(text) : {}) as T,
    };
  }

  return { env: testEnv, faults, queue, deliver, step, drain, request };
}
