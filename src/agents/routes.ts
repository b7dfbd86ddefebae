import { and, eq, sql } from "drizzle-orm";
import * as z from "zod";
import { agents, squads } from "../db/schema";
import { ApiError } from "../errors";
import { crudRoutes } from "../resources/crud";
import {
  boundedObject,
  Name,
  ownedFieldsOf,
  ownedResponseFields,
  ShortText,
} from "../resources/fields";
import type { RowOf } from "../resources/queries";
import { agentQuotaRefusal, roomForAgent } from "../tenants/quotas";

const fields = {
  name: Name,
  system_prompt: z.string().max(20_000).nullable(),
  voice: ShortText.nullable().describe("Voice id of the speech provider"),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Must be a BCP 47 language tag, e.g. en-US")
    .nullable(),
  model: ShortText.nullable().describe("Language model name"),
  settings: boundedObject(16 * 1024)
    .nullable()
    .describe("Model settings such as temperature"),
};

export const AgentCreate = z
  .strictObject(fields)
  .partial({ system_prompt: true, voice: true, language: true, model: true, settings: true })
  .meta({ id: "AgentCreate" });
export const AgentUpdate = z.strictObject(fields).partial().meta({ id: "AgentUpdate" });

export const Agent = z
  .object({
    ...ownedResponseFields,
    name: z.string(),
    system_prompt: z.string().nullable(),
    voice: z.string().nullable(),
    language: z.string().nullable(),
    model: z.string().nullable(),
    settings: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "Agent" });

const namesAgent = (tenantId: string, agentId: string) =>
  and(
    eq(squads.tenantId, tenantId),
    sql`EXISTS (SELECT 1 FROM json_each(${squads.agentIds}) WHERE value = ${agentId})`,
  );

const toAgent = (row: RowOf<typeof agents>): z.infer<typeof Agent> => ({
  ...ownedFieldsOf(row),
  name: row.name,
  system_prompt: row.systemPrompt,
  voice: row.voice,
  language: row.language,
  model: row.model,
  settings: row.settings,
});

export const agentRoutes = crudRoutes({
  table: agents,
  noun: "agent",
  title: { one: "agent", many: "agents" },
  create: AgentCreate,
  update: AgentUpdate,
  response: Agent,
  serialize: toAgent,
  columns: {
    name: "name",
    system_prompt: "systemPrompt",
    voice: "voice",
    language: "language",
    model: "model",
    settings: "settings",
  },
  guards: {
    create: {
      when: ({ tenant }) => roomForAgent(tenant.id, tenant.billingPlan),
      refusal: ({ db, tenant }) => agentQuotaRefusal(db, tenant.id, tenant.billingPlan),
    },
    // A squad must only name agents that exist, so an agent in a squad cannot be deleted. The
    // delete checks it itself, so a squad created meanwhile cannot slip in between.
    delete: {
      when: ({ tenant, existing }) =>
        sql`NOT EXISTS (SELECT 1 FROM ${squads} WHERE ${namesAgent(tenant.id, existing.id)})`,
      async refusal({ db, tenant, existing }) {
        const squad = await db
          .select({ id: squads.id })
          .from(squads)
          .where(namesAgent(tenant.id, existing.id))
          .get();
        return squad
          ? new ApiError(
              409,
              "agent_in_use",
              `The agent is a member of squad ${squad.id}; remove it from the squad first`,
            )
          : null;
      },
    },
  },
  errors: { create: ["quota_exceeded"], delete: ["agent_in_use"] },
});
