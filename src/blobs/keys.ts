/** Every object a tenant owns sits under its prefix, so deleting a tenant is one prefix sweep. */
export const tenantPrefix = (tenantId: string) => `tenants/${tenantId}/`;

export const fileKey = (tenantId: string, fileId: string) =>
  `${tenantPrefix(tenantId)}files/${fileId}`;

/** One key per upload: a new recording is stored beside the one it replaces. */
export const recordingKey = (tenantId: string, callId: string, uploadId: string) =>
  `${tenantPrefix(tenantId)}recordings/${callId}/${uploadId}`;

/** A part of the tenant's archive: parts of a table and month sort by their number. */
export const archiveKey = (tenantId: string, table: string, period: string, part: number) =>
  `${tenantPrefix(tenantId)}archive/${table}/${period}/${String(part).padStart(5, "0")}.ndjson.gz`;
