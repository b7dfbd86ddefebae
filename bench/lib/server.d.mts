/** A server the benchmark started, in a process group of its own. */
export type Server = {
  origin: string;
  ready: Promise<void>;
  cpuMs: () => number | null;
  stop: () => Promise<void>;
};

/** The environment of every server the benchmark starts: wrangler's metrics and local traces off. */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

/** Starts `command` in its own process group; ready once `url` answers. */
export function startServer(options: {
  name: string;
  command: string;
  args: string[];
  url: string;
  logFile: string;
}): Server;

/** True when something answers at `url`. */
export function answers(url: string): Promise<boolean>;

/** The API as `npm start` runs it, in `serverEnvironment`, on the run's state and secrets in `work`. */
export function startApi(options: {
  work: string;
  envFile: string;
  args: string[];
  url: string;
}): Server;

/** The yardsticks in the API's own configuration; start them once the API is up. */
export function startBaseline(options: { work: string; args: string[]; url: string }): Server;
