// `npm run verify-audit -- export.json [--public-key key.json]`: checks a tenant export's audit
// trail with nothing but the API's public key (`GET /v1/audit/public-key`, saved as JSON): every
// entry, live and archived, follows the one before it, and the export's signed checkpoint is
// signed by that key and agrees with the entries. Exits 0 when the trail holds, 1 when it does not.
import { readFileSync } from "node:fs";
import { chainStart, checkpointSigned, truncation, walkChain } from "../src/audit/chain.ts";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const file = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--public-key");
const keyFile = option("--public-key");
if (!file || !keyFile) {
  console.error("usage: npm run verify-audit -- export.json --public-key public-key.json");
  process.exit(2);
}

const exported = JSON.parse(readFileSync(file, "utf8"));
const publicKey = JSON.parse(readFileSync(keyFile, "utf8"));
const entries = [
  ...(exported.archived?.activity_logs ?? []),
  ...(exported.tables?.activity_logs ?? []),
]
  .filter((entry) => typeof entry.seq === "number")
  .sort((a, b) => a.seq - b.seq);
const checkpoint = exported.audit_checkpoint ?? null;

const report = (status, detail) => {
  console.log(JSON.stringify({ status, ...detail }, null, 2));
  process.exit(status === "ok" ? 0 : 1);
};

if (checkpoint && !(await checkpointSigned(checkpoint, publicKey))) {
  report("broken", {
    first_break: { seq: checkpoint.seq, id: null, reason: "checkpoint_signature" },
  });
}
const walked = await walkChain(chainStart(), entries, checkpoint);
const broken = walked.broken ?? truncation(walked.position, checkpoint);
report(broken ? "broken" : "ok", {
  entries: entries.length,
  verified_through_seq: walked.position.nextSeq - 1,
  head_hash: walked.position.previousHash,
  unsealed: walked.unsealed,
  checkpoint: checkpoint && { seq: checkpoint.seq, sealed_at: checkpoint.sealed_at },
  first_break: broken,
});
