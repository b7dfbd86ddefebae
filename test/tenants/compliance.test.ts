import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { complianceViolations } from "../../src/tenants/plans";
import { callJson, type Owner, signup, tenantPath, updateTenant } from "../support/api-client";
import { configure } from "../support/resource-fixtures";

type Detail = { loc: string[]; msg: string; type: string }[];
type Entry = { action: string; actor_id: string; changes: Record<string, unknown> };

const detailOf = (body: unknown) => (body as { detail: Detail }).detail;
const locsOf = (body: unknown) => detailOf(body).map((d) => [d.loc.join("."), d.type]);

async function enterprise(settings: Record<string, unknown> = {}): Promise<Owner> {
  const owner = await signup();
  await configure(owner, { billing_plan: "enterprise", ...settings });
  return owner;
}

const tenantOf = async (owner: Owner) =>
  (await callJson(tenantPath(owner.tenantId), { token: owner.token })).body;

const latestEntry = async (owner: Owner) =>
  (
    await callJson<{ items: Entry[] }>(tenantPath(owner.tenantId, "/activity-logs?limit=1"), {
      token: owner.token,
    })
  ).body.items[0];

describe("PCI: no recording is stored", () => {
  it("turning recording on under PCI → 422 naming recording_enabled", async () => {
    const owner = await enterprise({ pci_enabled: true });
    const { status, body } = await updateTenant(owner, { recording_enabled: true });
    expect(status).toBe(422);
    expect(locsOf(body)).toEqual([["body.recording_enabled", "pci_forbids_recording"]]);
    expect(await tenantOf(owner)).toMatchObject({ recording_enabled: false, pci_enabled: true });
  });

  it("turning PCI on while recording is on → 422 naming pci_enabled", async () => {
    const owner = await enterprise({ recording_enabled: true });
    const { status, body } = await updateTenant(owner, { pci_enabled: true });
    expect(status).toBe(422);
    expect(locsOf(body)).toEqual([["body.pci_enabled", "pci_forbids_recording"]]);
    expect(await tenantOf(owner)).toMatchObject({ recording_enabled: true, pci_enabled: false });
  });

  it("both on in one request → 422 naming both", async () => {
    const owner = await enterprise();
    const { status, body } = await updateTenant(owner, {
      recording_enabled: true,
      pci_enabled: true,
    });
    expect(status).toBe(422);
    expect(locsOf(body)).toEqual([
      ["body.recording_enabled", "pci_forbids_recording"],
      ["body.pci_enabled", "pci_forbids_recording"],
    ]);
  });

  it("recording off and PCI on in one request is the way there", async () => {
    const owner = await enterprise({ recording_enabled: true });
    const { status, body } = await updateTenant(owner, {
      recording_enabled: false,
      pci_enabled: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ recording_enabled: false, pci_enabled: true });
  });

  it("a row stored with both on is not held up in unrelated changes, only in these fields", async () => {
    const owner = await enterprise();
    await env.CELL_US_1.prepare(
      "UPDATE tenants SET recording_enabled = 1, pci_enabled = 1, version = version + 1 WHERE id = ?",
    )
      .bind(owner.tenantId)
      .run();
    expect((await updateTenant(owner, { name: "Still works" })).status).toBe(200);
    const again = await updateTenant(owner, { pci_enabled: true });
    expect(again.status).toBe(422);
    expect(locsOf(again.body)).toEqual([["body.pci_enabled", "pci_forbids_recording"]]);
    const fixed = await updateTenant(owner, { recording_enabled: false });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ recording_enabled: false, pci_enabled: true });
  });
});

describe("HIPAA: recordings are kept for a bounded time", () => {
  it("turning HIPAA on sets the plan's default retention, shown and logged", async () => {
    const owner = await enterprise();
    expect(await tenantOf(owner)).toMatchObject({ recording_retention_days: null });
    const { status, body } = await updateTenant(owner, { hipaa_enabled: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({ hipaa_enabled: true, recording_retention_days: 90 });
    expect(await latestEntry(owner)).toMatchObject({
      action: "tenant.updated",
      changes: {
        hipaa_enabled: { from: false, to: true },
        recording_retention_days: { from: null, to: 90 },
      },
    });
  });

  it("a retention sent with it, or set before, is kept", async () => {
    const sent = await enterprise();
    const { body } = await updateTenant(sent, { hipaa_enabled: true, recording_retention_days: 7 });
    expect(body).toMatchObject({ hipaa_enabled: true, recording_retention_days: 7 });
    const before = await enterprise({ recording_retention_days: 400 });
    const on = await updateTenant(before, { hipaa_enabled: true });
    expect(on.body).toMatchObject({ hipaa_enabled: true, recording_retention_days: 400 });
  });

  it("null while HIPAA, or in the request turning it on → 422 naming the rule", async () => {
    const owner = await enterprise({ hipaa_enabled: true });
    const cleared = await updateTenant(owner, { recording_retention_days: null });
    expect(cleared.status).toBe(422);
    expect(locsOf(cleared.body)).toEqual([
      ["body.recording_retention_days", "hipaa_requires_retention"],
    ]);
    const fresh = await enterprise();
    const both = await updateTenant(fresh, { hipaa_enabled: true, recording_retention_days: null });
    expect(both.status).toBe(422);
    expect(locsOf(both.body)).toEqual([
      ["body.recording_retention_days", "hipaa_requires_retention"],
    ]);
    expect(await tenantOf(fresh)).toMatchObject({ hipaa_enabled: false });
    // HIPAA off, the retention may go too.
    const off = await updateTenant(owner, { hipaa_enabled: false, recording_retention_days: null });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ hipaa_enabled: false, recording_retention_days: null });
  });

  it.each([0, 3651, 1.5])("recording_retention_days %s is out of range → 422", async (days) => {
    const owner = await signup();
    const { status, body } = await updateTenant(owner, { recording_retention_days: days });
    expect(status).toBe(422);
    expect(detailOf(body)[0]?.loc).toEqual(["body", "recording_retention_days"]);
  });

  it("any plan may limit retention without HIPAA", async () => {
    const owner = await signup();
    const { status, body } = await updateTenant(owner, { recording_retention_days: 3650 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ billing_plan: "starter", recording_retention_days: 3650 });
  });

  it("HIPAA on starter is refused by the plan rule alone", async () => {
    const owner = await signup();
    const { status, body } = await updateTenant(owner, { hipaa_enabled: true });
    expect(status).toBe(422);
    expect(locsOf(body)).toEqual([["body.hipaa_enabled", "plan_feature_unavailable"]]);
  });
});

describe("the product doc's use case", () => {
  it('PUT {"hipaa_enabled": true, "pci_enabled": true} on an enterprise tenant succeeds as is', async () => {
    const owner = await enterprise();
    const { status, body } = await updateTenant(owner, { hipaa_enabled: true, pci_enabled: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      hipaa_enabled: true,
      pci_enabled: true,
      recording_enabled: false,
      recording_retention_days: 90,
    });
  });
});

describe("the compliance rules as a function", () => {
  const off = {
    recording_enabled: false,
    hipaa_enabled: false,
    pci_enabled: false,
    recording_retention_days: null,
  };
  it("hold only for what the change touches", () => {
    const legacy = { ...off, recording_enabled: true, pci_enabled: true };
    expect(complianceViolations("enterprise", legacy, {})).toEqual([]);
    expect(complianceViolations("enterprise", legacy, { recording_enabled: true })).toHaveLength(1);
    expect(complianceViolations("enterprise", { ...off, hipaa_enabled: true }, {})).toHaveLength(1);
    expect(complianceViolations("starter", { ...off, hipaa_enabled: true }, {})).toEqual([]);
  });
});

describe("tenants that had HIPAA before retention existed", () => {
  it("get the plan's default from the migration, logged, their version bumped", async () => {
    const owner = await enterprise({ hipaa_enabled: true });
    await env.CELL_US_1.prepare("UPDATE tenants SET recording_retention_days = NULL WHERE id = ?")
      .bind(owner.tenantId)
      .run();
    const deleting = await enterprise({ hipaa_enabled: true });
    await env.CELL_US_1.prepare(
      "UPDATE tenants SET recording_retention_days = NULL, status = 'deleting' WHERE id = ?",
    )
      .bind(deleting.tenantId)
      .run();
    const before = (await callJson(tenantPath(owner.tenantId), { token: owner.token })).res;
    const backfill = env.CELL_MIGRATIONS.find((m) => m.name.includes("hipaa_retention_backfill"));
    expect(backfill).toBeDefined();
    for (const query of backfill?.queries ?? []) await env.CELL_US_1.prepare(query).run();

    const after = await callJson(tenantPath(owner.tenantId), { token: owner.token });
    expect(after.body).toMatchObject({ hipaa_enabled: true, recording_retention_days: 90 });
    expect(after.res.headers.get("ETag")).not.toBe(before.headers.get("ETag"));
    const page = await callJson<{ items: (Entry & { id: string })[] }>(
      tenantPath(owner.tenantId, "/activity-logs?limit=2"),
      { token: owner.token },
    );
    const [entry] = page.body.items;
    expect(entry).toMatchObject({
      action: "tenant.updated",
      actor_id: "system:migration",
      changes: { recording_retention_days: { from: null, to: 90 } },
    });
    // Its id sorts as the newest and serves as a cursor.
    const next = await callJson(
      tenantPath(owner.tenantId, `/activity-logs?limit=1&cursor=${entry?.id}`),
      { token: owner.token },
    );
    expect(next.status).toBe(200);
    const left = await env.CELL_US_1.prepare(
      "SELECT recording_retention_days AS d FROM tenants WHERE id = ?",
    )
      .bind(deleting.tenantId)
      .first<{ d: number | null }>();
    expect(left?.d).toBeNull();
  });
});
