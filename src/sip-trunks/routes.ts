import * as z from "zod";
import { sipTrunks } from "../db/schema";
import { PublicHost } from "../lib/hosts";
import { crudRoutes } from "../resources/crud";
import { Name, ownedFieldsOf, ownedResponseFields, ShortText } from "../resources/fields";
import type { RowOf } from "../resources/queries";
import { requireFeature } from "../tenants/features";

const Transport = z.enum(["udp", "tcp", "tls"]);
const Port = z.number().int().min(1).max(65535);

const fields = {
  name: Name,
  host: PublicHost.describe(
    "A public host name or address: a name of two labels or more, an IPv4 address or an IPv6 " +
      "address in brackets; private, loopback, link-local and metadata addresses are refused",
  ),
  port: Port,
  transport: Transport,
  username: ShortText,
  password: z.string().min(1).max(255).describe("Write-only; stored encrypted"),
};

export const SipTrunkCreate = z
  .strictObject({ ...fields, port: Port.default(5060), transport: Transport.default("udp") })
  .meta({ id: "SipTrunkCreate" });
export const SipTrunkUpdate = z.strictObject(fields).partial().meta({ id: "SipTrunkUpdate" });

export const SipTrunk = z
  .object({
    ...ownedResponseFields,
    name: z.string(),
    host: z.string(),
    port: z.number().int(),
    transport: Transport,
    username: z.string(),
    password_set: z.boolean().describe("The password itself is write-only"),
  })
  .meta({ id: "SipTrunk" });

const toSipTrunk = (row: RowOf<typeof sipTrunks>): z.infer<typeof SipTrunk> => ({
  ...ownedFieldsOf(row),
  name: row.name,
  host: row.host,
  port: row.port,
  transport: row.transport,
  username: row.username,
  password_set: true,
});

export const sipTrunkRoutes = crudRoutes({
  table: sipTrunks,
  noun: "sip_trunk",
  title: { one: "SIP trunk", many: "SIP trunks" },
  about:
    "Creating or changing a trunk needs `sip_enabled` on the tenant (403 `sip_disabled` otherwise); " +
    "listing, reading and deleting do not, so trunks stay manageable after SIP is switched off. " +
    "The password is encrypted before storage and never returned.",
  create: SipTrunkCreate,
  update: SipTrunkUpdate,
  response: SipTrunk,
  serialize: toSipTrunk,
  columns: {
    name: "name",
    host: "host",
    port: "port",
    transport: "transport",
    username: "username",
  },
  secrets: { password: "passwordEnc" },
  beforeWrite: ({ tenant }) => requireFeature(tenant, "sip"),
  errors: { create: ["sip_disabled"], update: ["sip_disabled"] },
});
