import type { TargetedSubmitEvent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, type Schemas, tenantPath } from "../api";
import { dateTime, Page } from "../ui";

type Entry = Schemas["ActivityLogEntry"];
type Verification = Schemas["AuditVerification"];
type Checkpoint = Schemas["AuditCheckpoint"];

type SignatureState = "valid" | "invalid" | "unchecked";

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/** The checkpoint's signature, checked here against the API's published key. */
async function signatureState(checkpoint: Checkpoint): Promise<SignatureState> {
  const { data: jwk } = await api.GET("/v1/audit/public-key");
  if (!jwk || jwk.kid !== checkpoint.key_id) return "unchecked";
  try {
    const key = await crypto.subtle.importKey(
      "jwk",
      { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
      { name: "Ed25519" },
      false,
      ["verify"],
    );
    // The claim's canonical JSON: its keys sorted.
    const claim = JSON.stringify({
      head_hash: checkpoint.head_hash,
      sealed_at: checkpoint.sealed_at,
      seq: checkpoint.seq,
      tenant_id: checkpoint.tenant_id,
    });
    const valid = await crypto.subtle.verify(
      { name: "Ed25519" },
      key,
      fromBase64Url(checkpoint.signature),
      new TextEncoder().encode(claim),
    );
    return valid ? "valid" : "invalid";
  } catch {
    return "unchecked";
  }
}

const SIGNATURE_TEXT: Record<SignatureState, string> = {
  valid: "signature valid (checked in this browser with the API's public key)",
  invalid: "signature INVALID",
  unchecked: "signature not checked (this browser cannot verify Ed25519)",
};

const show = (value: unknown) =>
  value === null || value === undefined
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

export function ActivityPage() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [cursors, setCursors] = useState<string[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [action, setAction] = useState("");
  const [verification, setVerification] = useState<Verification | null>(null);
  const [signature, setSignature] = useState<SignatureState | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = async (cursor: string | undefined, filter: string) => {
    const { data } = await api.GET("/v1/tenants/{tenant_id}/activity-logs", {
      params: {
        ...tenantPath(),
        query: { limit: 20, ...(cursor ? { cursor } : {}), ...(filter ? { action: filter } : {}) },
      },
    });
    setEntries(data?.items ?? []);
    setNext(data?.next_cursor ?? null);
  };
  useEffect(() => {
    void load(undefined, "");
  }, []);

  const filter = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCursors([]);
    void load(undefined, action.trim());
  };
  const older = () => {
    if (!next) return;
    setCursors([...cursors, next]);
    void load(next, action.trim());
  };
  const newer = () => {
    const previous = cursors.slice(0, -1);
    setCursors(previous);
    void load(previous.at(-1), action.trim());
  };

  const verify = async () => {
    setVerifying(true);
    setSignature(null);
    // The walk continues page by page until it is done.
    let cursor: string | undefined;
    let result: Verification | null = null;
    do {
      const { data } = await api.GET("/v1/tenants/{tenant_id}/activity-logs/verify", {
        params: { ...tenantPath(), query: cursor ? { cursor } : {} },
      });
      result = data ?? null;
      cursor = data?.next_cursor ?? undefined;
    } while (cursor && result?.status === "ok");
    setVerification(result);
    if (result?.checkpoint) setSignature(await signatureState(result.checkpoint));
    setVerifying(false);
  };

  return (
    <Page
      title="Activity"
      intro="Every change to your organization, who made it, and the proof the trail is intact."
    >
      <section aria-labelledby="chain-title">
        <h2 id="chain-title">Verification</h2>
        <button type="button" onClick={verify} disabled={verifying}>
          Verify the trail
        </button>
        <div role="status" class="verification">
          {verification && <VerificationText verification={verification} signature={signature} />}
        </div>
      </section>

      <section aria-labelledby="trail-title">
        <h2 id="trail-title">Trail</h2>
        <form onSubmit={filter} class="controls">
          <label>
            Action{" "}
            <input
              value={action}
              placeholder="e.g. tenant.updated"
              onInput={(event) => setAction(event.currentTarget.value)}
            />
          </label>
          <button type="submit">Filter</button>
        </form>
        {entries.length === 0 ? (
          <p>No entries.</p>
        ) : (
          <ol class="entries">
            {entries.map((entry) => (
              <li key={entry.id} class="entry">
                <p>
                  <strong>{entry.action}</strong> on {entry.target_type}{" "}
                  <code>{entry.target_id}</code>
                </p>
                <p class="hint">
                  {dateTime(entry.created_at)} by {entry.actor_type}{" "}
                  {entry.actor_name ?? entry.actor_id}
                  {entry.seq !== null ? ` · entry #${entry.seq}` : ""}
                  {entry.hash ? " · sealed" : " · not sealed yet"}
                </p>
                {Object.keys(entry.changes).length > 0 && (
                  <ul class="changes">
                    {Object.entries(entry.changes).map(([field, change]) => (
                      <li key={field}>
                        <code>{field}</code>: {show(change.from)} → {show(change.to)}
                      </li>
                    ))}
                  </ul>
                )}
                {entry.accessed && <p class="hint">Read: {entry.accessed.join(", ")}</p>}
              </li>
            ))}
          </ol>
        )}
        <div class="buttons">
          <button type="button" onClick={newer} disabled={cursors.length === 0}>
            Newer entries
          </button>
          <button type="button" onClick={older} disabled={!next}>
            Older entries
          </button>
        </div>
      </section>
    </Page>
  );
}

function VerificationText(props: { verification: Verification; signature: SignatureState | null }) {
  const { verification, signature } = props;
  const { checkpoint } = verification;
  return (
    <>
      <p>
        {verification.status === "ok" ? "Trail intact" : "Trail BROKEN"}: verified through entry #
        {verification.verified_through_seq}
        {verification.unsealed > 0 ? `; ${verification.unsealed} newer entries not sealed yet` : ""}
        .
      </p>
      {verification.first_break && (
        <p class="error">
          First break at entry #{verification.first_break.seq}: {verification.first_break.reason}
        </p>
      )}
      {checkpoint ? (
        <p>
          Checkpoint: entry #{checkpoint.seq}, sealed {dateTime(checkpoint.sealed_at)}, key{" "}
          <code>{checkpoint.key_id}</code>, {signature ? SIGNATURE_TEXT[signature] : "checking…"}.
        </p>
      ) : (
        <p>No checkpoint yet: the trail is sealed within a minute.</p>
      )}
    </>
  );
}
