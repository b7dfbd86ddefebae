import * as z from "zod";
import { integrations } from "../db/schema";
import { PublicHttpsUrl } from "../lib/hosts";
import { crudRoutes } from "../resources/crud";
import { Name, ownedFieldsOf, ownedResponseFields, ShortText } from "../resources/fields";
import type { RowOf } from "../resources/queries";

const Credentials = z
  .record(z.string().min(1).max(100), z.string().max(4096))
  .refine((value) => Object.keys(value).length <= 20, { message: "At most 20 entries" })
  .describe("Write-only, stored encrypted; e.g. an API key or client id and secret");

const fields = {
  name: Name,
  type: ShortText.describe("What kind of API this is, e.g. crm, calendar, rest"),
  base_url: PublicHttpsUrl.describe(
    "https only, to a public host name or address (not private, loopback, link-local or " +
      "metadata addresses, not single-label names, .local, .internal and the like); no credentials",
  ),
  credentials: Credentials.nullable(),
};

export const IntegrationCreate = z
  .strictObject(fields)
  .partial({ credentials: true })
  .meta({ id: "IntegrationCreate" });
export const IntegrationUpdate = z.strictObject(fields).partial().meta({ id: "IntegrationUpdate" });

export const Integration = z
  .object({
    ...ownedResponseFields,
    name: z.string(),
    type: z.string(),
    base_url: z.string(),
    credentials_set: z.boolean().describe("The credentials themselves are write-only"),
  })
  .meta({ id: "Integration" });

const toIntegration = (row: RowOf<typeof integrations>): z.infer<typeof Integration> => ({
  ...ownedFieldsOf(row),
  name: row.name,
  type: row.type,
  base_url: row.baseUrl,
  credentials_set: row.credentialsEnc !== null,
});

export const integrationRoutes = crudRoutes({
  table: integrations,
  noun: "integration",
  title: { one: "integration", many: "integrations" },
  about:
    "An external API the agents call. `credentials` are encrypted before storage and never returned; send null to clear them.",
  create: IntegrationCreate,
  update: IntegrationUpdate,
  response: Integration,
  serialize: toIntegration,
  columns: { name: "name", type: "type", base_url: "baseUrl" },
  secrets: { credentials: "credentialsEnc" },
});
