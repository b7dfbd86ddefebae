type Statement = D1PreparedStatement;

/**
 * A D1 binding that counts round trips to the database: every statement run (`first`, `run`,
 * `all`, `raw`), every `batch` (one round trip however many statements) and every `exec`.
 * `prepare` and `bind` only build a statement and are not counted. Statements stay the real
 * ones, so D1's own `batch` accepts them. `sessions` records each `withSession` argument.
 */
export function countingD1(db: D1Database) {
  let roundTrips = 0;
  const sessions: (string | undefined)[] = [];
  const count = () => {
    roundTrips++;
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
    batch: (statements: Statement[]) => {
      count();
      return db.batch(statements);
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
        batch: (statements: Statement[]) => {
          count();
          return session.batch(statements);
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
    reset() {
      roundTrips = 0;
      sessions.length = 0;
    },
  };
}
