type Statement = D1PreparedStatement;

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * `db` with `beforeWrite` awaited before every write: a `batch`, or a writing statement run on
 * its own (`run`, `all`, `first`, `raw`). Reads go straight through.
 */
export function interceptWrites(db: D1Database, beforeWrite: () => Promise<void>): D1Database {
  const instrument = (statement: Statement, query: string): Statement => {
    const { bind, first, run, all, raw } = statement;
    const writes = WRITE.test(query);
    const intercepted =
      <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (writes) await beforeWrite();
        return method.apply(statement, args);
      };
    return Object.assign(statement, {
      bind: (...values: unknown[]) => instrument(bind.apply(statement, values), query),
      first: intercepted(first as (...args: unknown[]) => Promise<unknown>),
      run: intercepted(run),
      all: intercepted(all),
      raw: intercepted(raw as (...args: unknown[]) => Promise<unknown>),
    }) as Statement;
  };

  const sessionOf = (target: D1Database | D1DatabaseSession) => ({
    prepare: (query: string) => instrument(target.prepare(query), query),
    batch: async (statements: Statement[]) => {
      await beforeWrite();
      return target.batch(statements);
    },
  });

  const binding = {
    ...sessionOf(db),
    exec: (query: string) => db.exec(query),
    withSession: (constraintOrBookmark?: string) => {
      const session = db.withSession(constraintOrBookmark);
      return { ...sessionOf(session), getBookmark: () => session.getBookmark() };
    },
  };
  return binding as unknown as D1Database;
}

/**
 * A D1 binding that can hold writes back, so parallel requests really race: with `hold(n)`, the
 * next `n` writes wait until all `n` have arrived, so every request has done its reads before any
 * of them writes. The runtime would otherwise often run the requests one after another. Writes
 * past the `n`, and writes after `timeoutMs`, go straight through, so a test never hangs on a
 * request that did not write.
 */
export function gatedD1(db: D1Database) {
  let waiting: (() => void)[] = [];
  let remaining = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held = 0;

  const releaseAll = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    remaining = 0;
    const release = waiting;
    waiting = [];
    for (const go of release) go();
  };

  const gate = (): Promise<void> => {
    if (remaining === 0) return Promise.resolve();
    held++;
    remaining--;
    const passed = new Promise<void>((resolve) => waiting.push(resolve));
    if (remaining === 0) releaseAll();
    return passed;
  };

  return {
    binding: interceptWrites(db, gate),
    /** The next `writes` writes wait for each other, for at most `timeoutMs`. */
    hold(writes: number, timeoutMs = 5000) {
      releaseAll();
      held = 0;
      remaining = writes;
      timer = setTimeout(releaseAll, timeoutMs);
    },
    /** How many writes were held since the last `hold`: the race really happened. */
    get held() {
      return held;
    },
  };
}
