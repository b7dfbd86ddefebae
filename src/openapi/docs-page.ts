import type { OpenApiDocument } from "./document";

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required: boolean;
    description?: string;
    schema: unknown;
  }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  security: unknown[];
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Inline code spans from the descriptions' Markdown backticks. */
const prose = (text = "") => escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

const schemaBlock = (schema: unknown) => {
  const ref = (schema as { $ref?: string }).$ref;
  if (ref) {
    const name = ref.split("/").at(-1) as string;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
};

function operationHtml(method: string, path: string, op: Operation) {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : ""}</td><td>${prose(p.description)}<code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
    )
    .join("");
  const body = op.requestBody
    ? Object.entries(op.requestBody.content)
        .map(
          ([type, c]) =>
            `<h4>Request body <small>${escapeHtml(type)}</small></h4>${schemaBlock(c.schema)}`,
        )
        .join("")
    : "";
  const responses = Object.entries(op.responses)
    .map(([status, r]) => {
      const content = Object.values(r.content ?? {})[0];
      return `<tr><td class="s${status[0]}">${status}</td><td>${prose(r.description)}</td><td>${content ? schemaBlock(content.schema) : ""}</td></tr>`;
    })
    .join("");
  const id = `${method}-${path}`.replace(/[^\w-]/g, "-");
  return `<section class="op" id="${id}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> ${op.security.length ? '<span class="lock" title="Bearer token">🔒</span>' : ""}</h3>
<p><strong>${prose(op.summary)}</strong></p><p>${prose(op.description)}</p>
${params ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${params}</table>` : ""}
${body}<h4>Responses</h4><table>${responses}</table></section>`;
}

/** A self-contained reference page: no script, no CDN. */
export function renderDocsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  const nav = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods as Record<string, Operation>)) {
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
      const id = `${method}-${path}`.replace(/[^\w-]/g, "-");
      nav.set(tag, [
        ...(nav.get(tag) ?? []),
        `<a href="#${id}"><span class="m ${method}">${method.toUpperCase()}</span> ${escapeHtml(path)}</a>`,
      ]);
    }
  }
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title><style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#1d2330}
nav{width:300px;height:100vh;overflow:auto;position:sticky;top:0;background:#f4f5f7;padding:1rem;box-sizing:border-box;font-size:13px}
nav a{display:block;color:inherit;text-decoration:none;padding:2px 0}main{flex:1;padding:1rem 2rem;max-width:1000px}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{font-size:11px;font-weight:700;padding:2px 6px;border-radius:4px;color:#fff;background:#666}
.get{background:#2f7d32}.post{background:#1565c0}.put{background:#b26a00}.delete{background:#c62828}.patch{background:#6a1b9a}
pre{background:#f7f7f9;padding:.5rem;overflow:auto;font-size:12px}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #e2e2e2;padding:4px 8px;text-align:left;vertical-align:top}.s2{color:#2f7d32}.s4{color:#c62828}
</style></head><body><nav><strong>${escapeHtml(doc.info.title)}</strong><p><a href="/openapi.json">openapi.json</a></p>
${[...nav].map(([tag, links]) => `<h4>${escapeHtml(tag)}</h4>${links.join("")}`).join("")}<h4><a href="#schemas">Schemas</a></h4></nav>
<main><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1><p>${prose(doc.info.description)}</p>
<p>Authenticate with <code>Authorization: Bearer &lt;access_token&gt;</code> from signup or login.</p>
${[...byTag].map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join("")}`).join("")}
<h2 id="schemas">Schemas</h2>${schemas}</main></body></html>`;
}
