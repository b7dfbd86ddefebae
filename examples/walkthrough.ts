// The README's walk-through and a call's lifecycle, with the typed client: every path, body and
// answer below is checked against the OpenAPI document by the compiler.
import { type ClientOptions, type components, createClient } from "../client";

export type Owner = { email: string; password: string; name: string };

const ACME: Owner = {
  email: "owner@acme.example",
  password: "correct horse battery",
  name: "Acme",
};

/** The answer's body; a refusal becomes an Error with the status and the API's `{detail, code}`. */
function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${result.response.status}: ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

/** One second of 8 kHz 16-bit mono silence, as a WAV file. */
export function silentWav(sampleRate = 8000): Uint8Array {
  const dataSize = sampleRate * 2;
  const wav = new Uint8Array(44 + dataSize);
  const view = new DataView(wav.buffer);
  const ascii = (offset: number, text: string) => {
    for (const [i, char] of [...text].entries()) view.setUint8(offset + i, char.charCodeAt(0));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataSize, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  ascii(36, "data");
  view.setUint32(40, dataSize, true);
  return wav;
}

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Signs `owner` up and runs the walk-through against the API at `options.baseUrl` (through
 * `options.fetch` when given). Returns each step's answer, as openapi-fetch gives it.
 */
export async function walkthrough(options: ClientOptions, owner: Owner = ACME) {
  const api = createClient(options);

  // 1. Sign up: the tenant is created with just a name, on the starter plan.
  // Signup always makes a tenant, so its answer's tenant_id is a string; a login's may be null
  // (a platform admin has no tenant).
  const signup = await api.POST("/v1/auth/signup", { body: owner });
  const { tenant_id: tenantId } = dataOf(signup);
  const login = await api.POST("/v1/auth/login", {
    body: { email: owner.email, password: owner.password },
  });
  const { access_token: token } = dataOf(login);
  api.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
    },
  });
  const tenantPath = { path: { tenant_id: tenantId } };

  // 2. Read the tenant; the ETag is its version.
  const tenant = await api.GET("/v1/tenants/{tenant_id}", { params: tenantPath });
  const etag = tenant.response.headers.get("ETag") ?? "";

  // 3. Complete the organization setup (only the fields sent change); If-Match refuses the
  // write if someone changed the tenant since it was read. HIPAA, not PCI: a PCI tenant stores
  // no recordings, and this one is about to upload one.
  const setup = await api.PUT("/v1/tenants/{tenant_id}", {
    params: { ...tenantPath, header: { "If-Match": etag } },
    body: {
      name: "Acme Health",
      billing_plan: "enterprise",
      max_concurrent_calls: 50,
      monthly_call_limit: 20000,
      sip_enabled: true,
      recording_enabled: true,
      analytics_enabled: true,
      hipaa_enabled: true,
      sip_server: "sip.acme.example",
      sip_username: "acme",
      sip_password: "sip-secret-1",
      webhook_url: "https://hooks.acme.example/voice",
    },
  });
  // A plan rule broken is a 422 that names it, never a silent clamp (HIPAA needs enterprise).
  const planRuleBroken = await api.PUT("/v1/tenants/{tenant_id}", {
    params: tenantPath,
    body: { billing_plan: "starter" },
  });

  // 4. The activity log: who changed what, secrets only as "[redacted]".
  const activity = await api.GET("/v1/tenants/{tenant_id}/activity-logs", {
    params: { ...tenantPath, query: { limit: 5 } },
  });

  // 5. An agent to take the calls.
  const agent = await api.POST("/v1/tenants/{tenant_id}/agents", {
    params: tenantPath,
    body: {
      name: "Front desk",
      system_prompt: "You answer for Acme Health.",
      voice: "alloy",
      language: "en-US",
    },
  });
  const agentId = dataOf(agent).id;

  // 6. Start a call. Admission control checks the limits and inserts the call in one atomic step.
  const call = await api.POST("/v1/tenants/{tenant_id}/calls", {
    params: tenantPath,
    body: {
      agent_id: agentId,
      direction: "inbound",
      from_number: "+14155550123",
      to_number: "+14155550100",
    },
  });
  const callPath = { path: { tenant_id: tenantId, id: dataOf(call).id } };

  // 7. Upload its recording as the raw body; the bytes come back as they went in.
  const wav = silentWav();
  const recording = await api.PUT("/v1/tenants/{tenant_id}/calls/{id}/recording", {
    params: callPath,
    headers: { "Content-Type": "audio/wav" },
    body: new Blob([wav], { type: "audio/wav" }),
  });
  const download = await api.GET("/v1/tenants/{tenant_id}/calls/{id}/recording", {
    params: callPath,
    parseAs: "arrayBuffer",
  });
  const checksums = {
    sent: await sha256Hex(wav),
    stored: dataOf(recording).recording?.sha256,
    downloaded: await sha256Hex(dataOf(download)),
  };

  // A knowledge-base file: its bytes as the body (or a form with a `file` part), its name in
  // X-Filename; the bytes come back as they went in.
  const opening = "Opening hours: 9 to 5, Monday to Friday.";
  const file = await api.POST("/v1/tenants/{tenant_id}/files", {
    params: { ...tenantPath, header: { "X-Filename": "opening-hours.txt" } },
    headers: { "Content-Type": "text/plain" },
    body: new Blob([opening], { type: "text/plain" }),
  });
  const form = await api.POST("/v1/tenants/{tenant_id}/files", {
    params: { ...tenantPath, header: { "X-Filename": "greeting.wav" } },
    body: { file: new Blob([wav], { type: "audio/wav" }) },
  });
  const fileText = await api.GET("/v1/tenants/{tenant_id}/files/{id}/content", {
    params: { path: { tenant_id: tenantId, id: dataOf(file).id } },
    parseAs: "text",
  });

  // 8. End the call: its duration and reason are recorded and its slot is free again.
  const ended = await api.POST("/v1/tenants/{tenant_id}/calls/{id}/end", {
    params: callPath,
    body: { ended_reason: "hangup" },
  });

  // 9. Usage: active calls and calls this month, next to the limits and the plan.
  const usage = await api.GET("/v1/tenants/{tenant_id}/usage", { params: tenantPath });

  // At a limit, a start is refused with 429, a `code` saying which limit, and Retry-After.
  const oneSlot = await api.PUT("/v1/tenants/{tenant_id}", {
    params: tenantPath,
    body: { max_concurrent_calls: 1 },
  });
  const outbound: components["schemas"]["CallStart"] = {
    agent_id: agentId,
    direction: "outbound",
    from_number: "+14155550100",
    to_number: "+14155550199",
  };
  const admitted = await api.POST("/v1/tenants/{tenant_id}/calls", {
    params: tenantPath,
    body: outbound,
  });
  const refused = await api.POST("/v1/tenants/{tenant_id}/calls", {
    params: tenantPath,
    body: outbound,
  });

  // What deleting the tenant would remove: a dry run answers 200 with the counts and a deletion
  // 202 with its job; `dry_run` tells the two apart.
  const preview = await api.DELETE("/v1/tenants/{tenant_id}", {
    params: { ...tenantPath, query: { dry_run: true } },
  });
  const previewed = dataOf(preview);
  const wouldDelete = previewed.dry_run ? previewed.counts : {};

  return {
    signup,
    login,
    tenant,
    etag,
    setup,
    planRuleBroken,
    activity,
    agent,
    call,
    recording,
    download,
    checksums,
    file,
    form,
    fileText,
    opening,
    ended,
    usage,
    oneSlot,
    admitted,
    refused,
    preview,
    wouldDelete,
  };
}
