import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The Worker as `wrangler deploy` would upload it: bytes of its modules, raw and gzipped. */
export function bundleSize(outdir) {
  const build = spawnSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], {
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stderr}`);
  const modules = readdirSync(outdir).filter((file) => /\.(m?js|wasm)$/.test(file));
  const bytes = modules.map((file) => readFileSync(join(outdir, file)));
  return {
    rawBytes: bytes.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}
