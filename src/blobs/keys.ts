/** Every object a tenant owns sits under its prefix, so deleting a tenant is one prefix sweep. */
export const tenantPrefix = (tenantId: string) => `tenants/${tenantId}/`;

export const fileKey = (tenantId: string, fileId: string) =>
  `${tenantPrefix(tenantId)}files/${fileId}`;

export const recordingKey = (tenantId: string, callId: string) =>
  `${tenantPrefix(tenantId)}recordings/${callId}`;
