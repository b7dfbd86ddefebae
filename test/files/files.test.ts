import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, callJson, type Owner, signup, tenantPath } from "../support/api-client";
import { send, sha256Hex, testBytes } from "../support/resource-fixtures";

type FileBody = {
  id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
};

let owner: Owner;
beforeAll(async () => {
  owner = await signup("Files Co");
});

const path = (rest = "") => tenantPath(owner.tenantId, `/files${rest}`);

const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  send(path(), { token: owner.token, body, headers });

async function uploadOk(bytes: Uint8Array, name = "handbook.pdf", type = "application/pdf") {
  const res = await upload(bytes, { "X-Filename": name, "Content-Type": type });
  expect(res.status).toBe(201);
  return (await res.json()) as FileBody;
}

describe("files", () => {
  it("round-trip byte for byte, with the checksum computed while storing", async () => {
    const bytes = testBytes(3 * 1024 * 1024 + 17);
    const expected = await sha256Hex(bytes);
    const file = await uploadOk(bytes);
    expect(file).toMatchObject({
      name: "handbook.pdf",
      content_type: "application/pdf",
      size: bytes.length,
      sha256: expected,
    });

    const download = await call(path(`/${file.id}/content`), { token: owner.token });
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("Content-Disposition")).toContain("handbook.pdf");
    expect(await sha256Hex(await download.arrayBuffer())).toBe(expected);
  });

  it("sit in R2 under the tenant's prefix", async () => {
    const bytes = testBytes(1000, 7);
    const file = await uploadOk(bytes);
    const object = await env.BLOBS_US.get(`tenants/${owner.tenantId}/files/${file.id}`);
    expect(object).not.toBeNull();
    expect(await sha256Hex(await (object as R2ObjectBody).arrayBuffer())).toBe(file.sha256);
    const listed = await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/` });
    expect(listed.objects.map((o) => o.key)).toContain(
      `tenants/${owner.tenantId}/files/${file.id}`,
    );
  });

  it("serve a byte range", async () => {
    const bytes = testBytes(5000, 3);
    const file = await uploadOk(bytes);
    const ranges: [string, number, number][] = [
      ["bytes=100-199", 100, 200],
      ["bytes=4990-", 4990, 5000],
      ["bytes=-10", 4990, 5000],
      ["bytes=4000-9999", 4000, 5000],
    ];
    for (const [range, start, end] of ranges) {
      const res = await call(path(`/${file.id}/content`), {
        token: owner.token,
        headers: { Range: range },
      });
      expect(res.status).toBe(206);
      expect(res.headers.get("Content-Range")).toBe(`bytes ${start}-${end - 1}/5000`);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes.slice(start, end));
    }
    const beyond = await call(path(`/${file.id}/content`), {
      token: owner.token,
      headers: { Range: "bytes=5000-" },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("Content-Range")).toBe("bytes */5000");
  });

  it("accept multipart/form-data", async () => {
    const bytes = testBytes(2048, 11);
    const form = new FormData();
    form.append("file", new File([bytes], "part-name.txt", { type: "text/plain" }));
    const named = { "X-Filename": encodeURIComponent("notes é.txt") };
    const res = await upload(form, named);
    expect(res.status).toBe(201);
    const file = (await res.json()) as FileBody;
    expect(file).toMatchObject({ name: "notes é.txt", content_type: "text/plain", size: 2048 });
    expect(file.sha256).toBe(await sha256Hex(bytes));
    const missing = new FormData();
    missing.append("other", "x");
    expect((await upload(missing, named)).status).toBe(422);
    // The name is X-Filename's with either form: a form without it is refused like raw bytes.
    expect((await upload(form)).status).toBe(422);
  });

  it("take a percent-encoded UTF-8 name and refuse a missing one", async () => {
    const file = await uploadOk(testBytes(10), encodeURIComponent("résumé 2025.txt"), "text/plain");
    expect(file.name).toBe("résumé 2025.txt");
    const res = await upload("hello", { "Content-Type": "text/plain" });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { detail: { loc: string[] }[] };
    expect(body.detail[0]?.loc).toEqual(["header", "x-filename"]);
  });

  it("refuse a body over the limit with 413, storing nothing", async () => {
    const before = await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/` });
    const res = await upload(new Uint8Array(25 * 1024 * 1024 + 1), {
      "X-Filename": "big.bin",
      "Content-Type": "application/octet-stream",
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe("payload_too_large");
    const after = await env.BLOBS_US.list({ prefix: `tenants/${owner.tenantId}/` });
    expect(after.objects.length).toBe(before.objects.length);
  });

  it("need a Content-Length for a raw body (411)", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("chunked"));
        controller.close();
      },
    });
    const res = await upload(stream, { "X-Filename": "a.txt", "Content-Type": "text/plain" });
    expect(res.status).toBe(411);
    expect(((await res.json()) as { code: string }).code).toBe("length_required");
  });

  it("are listed, and deleted with their bytes", async () => {
    const file = await uploadOk(testBytes(64, 5), "gone.txt", "text/plain");
    const list = await callJson<{ items: FileBody[] }>(path(), { token: owner.token });
    expect(list.body.items.map((f) => f.id)).toContain(file.id);
    const meta = await callJson(path(`/${file.id}`), { token: owner.token });
    expect(meta.body).toEqual(list.body.items.find((f) => f.id === file.id));

    const res = await call(path(`/${file.id}`), { method: "DELETE", token: owner.token });
    expect(res.status).toBe(204);
    expect(await env.BLOBS_US.head(`tenants/${owner.tenantId}/files/${file.id}`)).toBeNull();
    expect((await call(path(`/${file.id}`), { token: owner.token })).status).toBe(404);
    expect((await call(path(`/${file.id}/content`), { token: owner.token })).status).toBe(404);

    const { body } = await callJson<{ items: { action: string; target_id: string }[] }>(
      tenantPath(owner.tenantId, "/activity-logs?limit=100"),
      { token: owner.token },
    );
    const actions = body.items.filter((e) => e.target_id === file.id).map((e) => e.action);
    expect(actions).toEqual(["file.deleted", "file.created"]);
  });
});
