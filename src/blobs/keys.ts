/** Every object a tenant owns sits under its prefix, so deleting a tenant is one prefix sweep. */
export const tenantPrefix = (tenantId: string) => `tenants/${tenantId}/`;

export const fileKey = (tenantId: string, fileId: string) =>
  `${tenantPrefix(tenantId)}files/${fileId}`;

/** One key per upload: a new recording is stored beside the one it replaces. */
export const recordingKey = (tenantId: string, callId: string, uploadId: string) =>
  `${tenantPrefix(tenantId)}recordings/${callId}/${uploadId}`;
