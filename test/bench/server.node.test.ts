import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../../bench/lib/server.mjs";
import { freePorts } from "../support/ports";

const dir = mkdtempSync(join(tmpdir(), "bench-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A server that answers with the environment it was started with.
const ECHO_ENVIRONMENT = `
require("node:http")
  .createServer((_, response) => response.end(JSON.stringify({
    traces: process.env.X_LOCAL_OBSERVABILITY ?? null,
    metrics: process.env.WRANGLER_SEND_METRICS ?? null,
  })))
  .listen(Number(process.argv[1]), "127.0.0.1");
`;

describe("a server the benchmark starts", () => {
  it("runs without wrangler's local trace collector or its usage metrics", async () => {
    const [port] = await freePorts(1);
    const url = `http://127.0.0.1:${port}/`;
    const server = startServer({
      name: "echo",
      command: process.execPath,
      args: ["-e", ECHO_ENVIRONMENT, String(port)],
      url,
      logFile: join(dir, "echo.log"),
    });
    try {
      await server.ready;
      expect(await (await fetch(url)).json()).toEqual({ traces: "false", metrics: "false" });
    } finally {
      await server.stop();
    }
  });
});
