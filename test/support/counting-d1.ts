type Statement = D1PreparedStatement;

/**
 * A D1 binding that counts round trips to the database: every statement run (`first`, `run`,
 * `all`, `raw`), every `batch` (one round trip however many statements) and every `exec`.
 * `prepare` and `bind` only build a statement and are not counted. `statements` counts what D1
 * counts against an invocation's query limit: every statement, each one of a batch too.
 * Statements stay the real ones, so D1's own `batch` accepts them. `sessions` records each
 * `withSession` argument.
 */
export function countingD1(db: D1Database) {
  let roundTrips = 0;
  let statements = 0;
  const sessions: (string | undefined)[] = [];
  const count = (queries = 1) => {
    roundTrips++;
    statements += queries;
  };

  const instrument = (statement: Statement): Statement => {
    const { bind, first, run, all, raw } = statement;
    const counted =
      <A extends unknown[], R>(method: (...args: A) => R) =>
      (...args: A): R => {
        count();
        return method.apply(statement, args);
      };
    return Object.assign(statement, {
      bind: (...values: unknown[]) => instrument(bind.apply(statement, values)),
      first: counted(first as (...args: unknown[]) => Promise<unknown>),
      run: counted(run),
      all: counted(all),
      raw: counted(raw as (...args: unknown[]) => Promise<unknown>),
    }) as Statement;
  };

  const binding = {
    prepare: (query: string) => instrument(db.prepare(query)),
    batch: (batched: Statement[]) => {
      count(batched.length);
      return db.batch(batched);
    },
    exec: (query: string) => {
      count();
      return db.exec(query);
    },
    withSession: (constraintOrBookmark?: string) => {
      sessions.push(constraintOrBookmark);
      const session = db.withSession(constraintOrBookmark);
      return {
        prepare: (query: string) => instrument(session.prepare(query)),
        batch: (batched: Statement[]) => {
          count(batched.length);
          return session.batch(batched);
        },
        getBookmark: () => session.getBookmark(),
      };
    },
  };

  return {
    binding: binding as unknown as D1Database,
    sessions,
    get roundTrips() {
      return roundTrips;
    },
    get statements() {
      return statements;
    },
    reset() {
      roundTrips = 0;
      statements = 0;
      sessions.length = 0;
    },
  };
}
