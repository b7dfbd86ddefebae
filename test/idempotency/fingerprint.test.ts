import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, type Owner, signup, tenantPath } from "../support/api-client";
import { send, testBytes } from "../support/resource-fixtures";

const uploadFile = (owner: Owner, key: string, bytes: Uint8Array, name = "notes.bin") =>
  send(tenantPath(owner.tenantId, "/files"), {
    token: owner.token,
    body: bytes,
    headers: {
      "Content-Type": "application/octet-stream",
      "X-Filename": name,
      "Idempotency-Key": key,
    },
  });

// The same boundary each time, as a client retrying the very same bytes sends it.
function multipartBody(bytes: Uint8Array, filename: string) {
  const boundary = "----idempotency-test-boundary";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      "Content-Type: application/octet-stream\r\n\r\n",
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + bytes.length + tail.length);
  body.set(head);
  body.set(bytes, head.length);
  body.set(tail, head.length + bytes.length);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const fileCount = async (tenantId: string) =>
  (
    await env.CELL_US_1.prepare("SELECT count(*) AS n FROM files WHERE tenant_id = ?")
      .bind(tenantId)
      .first<{ n: number }>()
  )?.n;

const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

describe("Idempotency-Key on uploads", () => {
  it("another file of the same size under the same key → 422, not the first file's replay", async () => {
    const owner = await signup();
    const first = await uploadFile(owner, "upload-1", testBytes(4096, 1));
    expect(first.status).toBe(201);
    const other = await uploadFile(owner, "upload-1", testBytes(4096, 2));
    expect(other.status).toBe(422);
    expect(await codeOf(other)).toBe("idempotency_key_reused");
    expect(await fileCount(owner.tenantId)).toBe(1);
  });

  it("the same bytes again replay the first upload, streamed through the hash both times", async () => {
    const owner = await signup();
    const bytes = testBytes(3 * 1024 * 1024 + 5, 9);
    const first = await uploadFile(owner, "big-upload", bytes);
    expect(first.status).toBe(201);
    const retry = await uploadFile(owner, "big-upload", bytes);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    const changed = bytes.slice();
    changed[0] = (bytes[0] ?? 0) ^ 1;
    expect((await uploadFile(owner, "big-upload", changed)).status).toBe(422);
    expect(await fileCount(owner.tenantId)).toBe(1);
  });

  it("another file name under the same key is another request", async () => {
    const owner = await signup();
    const bytes = testBytes(100, 4);
    expect((await uploadFile(owner, "named", bytes, "a.bin")).status).toBe(201);
    const renamed = await uploadFile(owner, "named", bytes, "b.bin");
    expect(renamed.status).toBe(422);
  });

  it("multipart: another file of the same size → 422; the same bytes replay", async () => {
    const owner = await signup();
    const post = (bytes: Uint8Array) => {
      const { body, contentType } = multipartBody(bytes, "form.bin");
      return send(tenantPath(owner.tenantId, "/files"), {
        token: owner.token,
        body,
        headers: {
          "Content-Type": contentType,
          "Idempotency-Key": "form-1",
          "X-Filename": "form.bin",
        },
      });
    };
    expect((await post(testBytes(2000, 1))).status).toBe(201);
    expect((await post(testBytes(2000, 2))).status).toBe(422);
    const replay = await post(testBytes(2000, 1));
    expect(replay.status).toBe(201);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await fileCount(owner.tenantId)).toBe(1);
  });
});

describe("Idempotency-Key on large JSON bodies", () => {
  // A definition near its 64 KiB bound: the body around it is larger than 64 KiB.
  const workflow = (filler: string) => ({
    name: "Large",
    definition: { steps: "x".repeat(64 * 1024 - 40), filler },
  });

  it("takes every body the route takes: a workflow over 64 KiB is created and replayed", async () => {
    const owner = await signup();
    const body = workflow("a");
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    const create = (payload: unknown) =>
      call(tenantPath(owner.tenantId, "/workflows"), {
        method: "POST",
        token: owner.token,
        body: payload,
        headers: { "Idempotency-Key": "large-workflow" },
      });
    const first = await create(body);
    expect(first.status).toBe(201);
    const retry = await create(body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    expect((await create(workflow("b"))).status).toBe(422);
  });

  it("leaves the route's own limit to the route", async () => {
    const owner = await signup();
    const res = await call(tenantPath(owner.tenantId, "/workflows"), {
      method: "POST",
      token: owner.token,
      body: { name: "Too large", definition: { steps: "x".repeat(80 * 1024) } },
      headers: { "Idempotency-Key": "too-large" },
    });
    expect(res.status).toBe(413);
    const kept = await env.CELL_US_1.prepare(
      "SELECT count(*) AS n FROM idempotency_keys WHERE tenant_id = ?",
    )
      .bind(owner.tenantId)
      .first<{ n: number }>();
    expect(kept?.n).toBe(0);
  });
});
