import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { createDb } from "../../src/db/client";
import { createDeletionJob } from "../../src/deletion/jobs";
import { DELETION_MAX_RETRIES } from "../../src/deletion/kind";
import { type DeletionStepMessage, stepMessage } from "../../src/deletion/step";
import type { Bindings } from "../../src/env";
import { handleQueue } from "../../src/queues";
import { findTenant } from "../../src/tenants/queries";
import { US_CELL } from "./cells";
import { wrap } from "./wrap";

/** What one consumer invocation used of its limits. */
export type Usage = {
  messages: number;
  queries: number;
  listCalls: number;
  deleteCalls: number;
  maxKeysPerDelete: number;
};

/** Called before every D1 statement, R2 call and queue send; throws to inject a fault. */
export type Fault = (operation: string) => void;

/**
 * Throws the first time an operation matches `pattern` (every time with `always`); with `after`,
 * only once an operation matching `after` has run: a Worker killed between two steps.
 */
export function failOn(pattern: RegExp, options: { always?: boolean; after?: RegExp } = {}) {
  let armed = options.after === undefined;
  const fault = Object.assign(
    (operation: string) => {
      if (!armed) {
        armed = options.after?.test(operation) ?? true;
        return;
      }
      if (!pattern.test(operation) || (fault.fired > 0 && !options.always)) return;
      fault.fired++;
      throw new Error(`injected fault at ${operation.slice(0, 40)}`);
    },
    { fired: 0 },
  );
  return fault;
}

/** A message sent and not yet delivered; `delaySeconds`: how long the step asked to wait. */
type Pending = { body: DeletionStepMessage; attempts: number; delaySeconds?: number };

/**
 * The deletion consumer driven by hand, through the Worker's own `queue()` dispatch, with
 * wrapped bindings: D1 statements and R2 calls are counted per invocation, faults can be
 * injected, and sent messages land in an in-memory queue that `drain` delivers like the
 * Queues runtime does (ten a batch, failed ones retried until `max_retries`, then dead-lettered).
 */
export function createHarness() {
  let usage = emptyUsage();
  const faults: Fault[] = [];
  const inject = (operation: string) => {
    for (const fault of faults) fault(operation);
  };

  const counted = (d1: D1Database) =>
    wrap(d1, {
      prepare: (target, query: string) => {
        usage.queries++;
        inject(`d1: ${query}`);
        return target.prepare(query);
      },
    });
  // The cell the tenant is in, and the control plane, where the deletion ends.
  const CELL = counted(env.CELL_US_1);
  const CONTROL = counted(env.DB);
  const BLOBS = wrap(env.BLOBS_US, {
    list: async (target, options?: R2ListOptions) => {
      usage.listCalls++;
      inject("r2: list");
      return target.list(options);
    },
    delete: async (target, keys: string | string[]) => {
      usage.deleteCalls++;
      usage.maxKeysPerDelete = Math.max(usage.maxKeysPerDelete, [keys].flat().length);
      inject("r2: delete");
      return target.delete(keys);
    },
  });
  const queue: Pending[] = [];
  const deadLetters: DeletionStepMessage[] = [];
  const TENANT_DELETIONS = {
    async send(body: DeletionStepMessage, options?: QueueSendOptions) {
      inject("queue: send");
      queue.push({ body, attempts: 1, delaySeconds: options?.delaySeconds });
    },
    async sendBatch(messages: { body: DeletionStepMessage }[]) {
      inject("queue: send");
      for (const { body } of messages) queue.push({ body, attempts: 1 });
    },
  };
  const testEnv = {
    ...env,
    DB: CONTROL,
    CELL_US_1: CELL,
    BLOBS_US: BLOBS,
    TENANT_DELETIONS,
  } as unknown as Bindings;

  let messageIds = 0;
  /** One consumer invocation with these messages; what it acked and retried, and its usage. */
  async function deliver(pending: Pending[], queueName = "tenant-deletions") {
    usage = { ...emptyUsage(), messages: pending.length };
    const ids = pending.map(() => `msg-${++messageIds}`);
    const batch = createMessageBatch<DeletionStepMessage>(
      queueName,
      pending.map(({ body, attempts }, i) => ({
        id: ids[i] as string,
        timestamp: new Date(),
        attempts,
        body,
      })),
    );
    const ctx = createExecutionContext();
    await handleQueue(batch, testEnv, ctx);
    const result = await getQueueResult(batch, ctx);
    const retried = new Set(result.retryMessages.map((message) => message.msgId));
    return { retried: pending.filter((_, i) => retried.has(ids[i] as string)), usage };
  }

  /** Delivers until the queue is empty; every invocation's usage, in order. */
  async function drain(maxInvocations = 1000) {
    const invocations: Usage[] = [];
    while (queue.length > 0) {
      if (invocations.length === maxInvocations) throw new Error("queue did not drain");
      const { retried, usage } = await deliver(queue.splice(0, 10));
      invocations.push(usage);
      for (const message of retried) {
        if (message.attempts > DELETION_MAX_RETRIES) deadLetters.push(message.body);
        else queue.push({ body: message.body, attempts: message.attempts + 1 });
      }
    }
    return invocations;
  }

  /** Records a deletion job as `DELETE` does, with its first step in this harness's queue. */
  /** `requestedSession`: the session the deletion was asked with (its token reads the receipt). */
  async function startDeletion(
    tenantId: string,
    options: { force: boolean; requestedSession?: string } = { force: false },
  ) {
    const db = createDb(env.CELL_US_1);
    const tenant = await findTenant(db, tenantId);
    if (!tenant) throw new Error(`no tenant ${tenantId}`);
    const actor = { actorId: tenantId, requestId: "test", ip: null, userAgent: null };
    const job = await createDeletionJob(db, actor, tenant, options);
    if (!job) throw new Error("the deletion job was not recorded");
    queue.push({ body: stepMessage(job, US_CELL), attempts: 1 });
    return job;
  }

  return { env: testEnv, faults, queue, deadLetters, deliver, drain, startDeletion };
}

const emptyUsage = (): Usage => ({
  messages: 0,
  queries: 0,
  listCalls: 0,
  deleteCalls: 0,
  maxKeysPerDelete: 0,
});
