// The V8 profiler of a `wrangler dev` Worker over its inspector port (the Chrome DevTools
// Protocol), and the self time of a profile by function and by module of the bundle.

/** Connects to the first target the inspector at `host` ("127.0.0.1:port") lists. */
export async function connectInspector(host) {
  const targets = await (await fetch(`http://${host}/json`)).json();
  if (targets.length === 0) throw new Error(`the inspector at ${host} lists no target`);
  // wrangler's inspector proxy admits local origins only (undici's WebSocket takes headers).
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl, {
    headers: { origin: `http://${host}` },
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let nextId = 1;
  const pending = new Map();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    const waiting = pending.get(message.id);
    if (!waiting) return; // an event, not an answer
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
    else waiting.resolve(message.result);
  });
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      socket.send(JSON.stringify({ id, method, params }));
    });

  return {
    /** Samples every 500 µs while `work()` runs: `{ profile, result }`. */
    async profile(work) {
      await call("Profiler.enable");
      await call("Profiler.setSamplingInterval", { interval: 500 });
      await call("Profiler.start");
      const result = await work();
      const { profile } = await call("Profiler.stop");
      await call("Profiler.disable");
      return { profile, result };
    },
    /** The source of every script the profile's samples fall in, by script id. */
    async sources(profile) {
      await call("Debugger.enable");
      const ids = new Set(profile.nodes.map((node) => node.callFrame.scriptId));
      const sources = new Map();
      for (const scriptId of ids) {
        if (scriptId === "0") continue;
        try {
          sources.set(
            scriptId,
            (await call("Debugger.getScriptSource", { scriptId })).scriptSource,
          );
        } catch {
          // a script the isolate no longer holds
        }
      }
      await call("Debugger.disable");
      return sources;
    },
    close: () => socket.close(),
  };
}

/**
 * Self time in ms: the whole profile's, the idle part's, and the busy part's by function and by
 * module, largest first. A module is the source file an unminified esbuild bundle names in the
 * `// path` comment that opens its code, or a script's URL (the runtime's own, such as
 * `cloudflare-internal:d1-api`); a native function (no script: `fetch`, `Response`, the console)
 * is credited to the module of the nearest script function that called it, and named with it.
 */
export function selfTime(profile, sources) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const selfMs = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i: the time at a sample is the next one's delta.
    const ms = (timeDeltas[i + 1] ?? timeDeltas[i]) / 1000;
    selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + ms);
  }
  const modulesOf = new Map(
    [...sources].map(([scriptId, source]) => [scriptId, moduleStarts(source)]),
  );
  const place = ({ callFrame }) =>
    `${moduleAt(modulesOf.get(callFrame.scriptId), callFrame.lineNumber) ?? callFrame.url}`;
  const named = (node) =>
    `${node.callFrame.functionName || "(anonymous)"}  ${place(node)}:${node.callFrame.lineNumber + 1}`;
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  let idle = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const [id, ms] of selfMs) {
    const node = byNode.get(id);
    const { functionName, url } = node.callFrame;
    total += ms;
    if (functionName === "(idle)") {
      idle += ms;
      continue;
    }
    if (url) {
      add(byModule, place(node), ms);
      add(byFunction, named(node), ms);
      continue;
    }
    let caller = parentOf.get(id);
    while (caller !== undefined && !byNode.get(caller).callFrame.url) caller = parentOf.get(caller);
    const native = functionName || "(native)";
    if (caller === undefined) {
      add(byModule, native, ms);
      add(byFunction, native, ms);
    } else {
      add(byModule, place(byNode.get(caller)), ms);
      add(byFunction, `${native} ← ${named(byNode.get(caller))}`, ms);
    }
  }
  const sorted = (map) => [...map].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { total, idle, byFunction: sorted(byFunction), byModule: sorted(byModule) };
}

const MODULE_COMMENT = /^\/\/ ((?:\.\.\/)*[\w@.-][\w@./+-]*\.(?:[cm]?[jt]sx?|json))$/;

/** The lines (0-based) where each module's code begins, in order. */
function moduleStarts(source) {
  const starts = [];
  source.split("\n").forEach((line, at) => {
    const match = MODULE_COMMENT.exec(line);
    if (match) starts.push({ at, module: match[1].replace(/^(\.\.\/)+/, "") });
  });
  return starts;
}

function moduleAt(starts, line) {
  if (!starts || starts.length === 0) return null;
  let low = 0;
  let high = starts.length - 1;
  if (line < starts[0].at) return null;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid].at <= line) low = mid;
    else high = mid - 1;
  }
  return starts[low].module;
}
