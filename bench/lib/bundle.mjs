import { buildWorker } from "../../scripts/build-worker.mjs";

/** The Worker as `npm run deploy` uploads it: bytes of its modules, raw and gzipped. */
export function bundleSize(outdir) {
  const { rawBytes, gzipBytes } = buildWorker({ outdir });
  return { rawBytes, gzipBytes };
}
