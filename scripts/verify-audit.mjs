// `npm run verify-audit -- export.json --public-key key.json [--tenant <id>]`: checks a tenant
// export's audit trail with nothing but the API's public key (`GET /v1/audit/public-key`, saved as
// JSON). The export is anchored by itself: its `audit_checkpoint`, signed when it was taken, must
// be signed by that key, name the tenant (the export's own, and `--tenant` when given) and cover
// its last entry; every entry up to it, live and archived, must follow the one before it, and
// agree with the sealing's checkpoint it carries (`audit_sealed_checkpoint`). Prints
// `verified_through_seq` and the first break, with the reasons the API's verify route gives
// (src/audit/chain.ts, which this runs as it is). Exits 0 when the trail holds, 1 when it does
// not, 2 on a usage error.
import { readFileSync } from "node:fs";
import { verifyAnchored } from "../src/audit/chain.ts";

const args = process.argv.slice(2);
const OPTIONS = ["--public-key", "--tenant"];
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const file = args.find((arg, i) => !arg.startsWith("--") && !OPTIONS.includes(args[i - 1]));
const keyFile = option("--public-key");
const usage = (problem) => {
  console.error(`${problem}
usage: npm run verify-audit -- export.json --public-key public-key.json [--tenant <tenant id>]`);
  process.exit(2);
};
if (!file || !keyFile) usage("an export and the public key are needed");

const exported = JSON.parse(readFileSync(file, "utf8"));
const publicKey = JSON.parse(readFileSync(keyFile, "utf8"));
const named = typeof exported.tenant?.id === "string" ? exported.tenant.id : undefined;
const tenantId = option("--tenant") ?? named;
if (!tenantId) usage("the export names no tenant: pass --tenant");

const report = (result, detail) => {
  console.log(
    JSON.stringify({ status: result.status, tenant_id: tenantId, ...detail, ...result }, null, 2),
  );
  process.exit(result.status === "ok" ? 0 : 1);
};

const entries = [
  ...(exported.archived?.activity_logs ?? []),
  ...(exported.tables?.activity_logs ?? []),
];
const checkpoint = exported.audit_checkpoint ?? null;
const detail = {
  entries: entries.length,
  checkpoint: checkpoint && { seq: checkpoint.seq, sealed_at: checkpoint.sealed_at },
};
// The export says whose it is; a tenant asked for that it is not: another tenant's export.
if (named !== undefined && named !== tenantId) {
  report(
    {
      status: "broken",
      verified_through_seq: 0,
      first_break: { seq: 1, id: null, reason: "tenant_mismatch" },
    },
    detail,
  );
}
const sealed = exported.audit_sealed_checkpoint ?? null;
report(await verifyAnchored(entries, checkpoint, publicKey, tenantId, sealed), detail);
