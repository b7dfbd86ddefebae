import { and, eq, inArray, sql } from "drizzle-orm";
import * as z from "zod";
import type { Db } from "../db/client";
import type { TenantRow } from "../db/schema";
import { agents, squads } from "../db/schema";
import { ValidationError } from "../errors";
import { crudRoutes, type Guard } from "../resources/crud";
import { Name, ownedFieldsOf, ownedResponseFields } from "../resources/fields";
import type { RowOf } from "../resources/queries";

// One IN list of at most this many ids stays well under D1's 100 bound parameters.
const MAX_MEMBERS = 50;

const AgentIds = z
  .array(z.string().min(1).max(64))
  .max(MAX_MEMBERS)
  .refine((ids) => new Set(ids).size === ids.length, { message: "Agent ids must be unique" })
  .meta({ uniqueItems: true, description: "Agents of this tenant, in order, each once" });

const fields = { name: Name, agent_ids: AgentIds };

export const SquadCreate = z
  .strictObject({ ...fields, agent_ids: AgentIds.default([]) })
  .meta({ id: "SquadCreate" });
export const SquadUpdate = z.strictObject(fields).partial().meta({ id: "SquadUpdate" });

export const Squad = z
  .object({ ...ownedResponseFields, name: z.string(), agent_ids: z.array(z.string()) })
  .meta({ id: "Squad" });

const agentIdsOf = (body: Record<string, unknown>) => body.agent_ids as string[] | undefined;

const ofTenant = (tenantId: string, ids: string[]) =>
  and(eq(agents.tenantId, tenantId), inArray(agents.id, ids));

/**
 * Members must be this tenant's agents: another tenant's agent is as unknown as a made-up id. The
 * squad's write checks them itself, and deleting an agent checks no squad names it, so neither
 * can slip between the other's check and write.
 */
const membersGuard: Guard<{ db: Db; tenant: TenantRow; body: Record<string, unknown> }> = {
  when: ({ tenant, body }) => {
    const ids = agentIdsOf(body);
    if (!ids?.length) return undefined;
    return sql`(SELECT count(*) FROM ${agents} WHERE ${ofTenant(tenant.id, ids)}) = ${ids.length}`;
  },
  async refusal({ db, tenant, body }) {
    const ids = agentIdsOf(body) ?? [];
    const found = await db.select({ id: agents.id }).from(agents).where(ofTenant(tenant.id, ids));
    const known = new Set(found.map((row) => row.id));
    const issues = ids.flatMap((id, index) =>
      known.has(id)
        ? []
        : [
            {
              loc: ["body", "agent_ids", index],
              msg: `No agent ${id} in this tenant`,
              type: "unknown_agent",
            },
          ],
    );
    return issues.length > 0 ? new ValidationError(issues) : null;
  },
};

const toSquad = (row: RowOf<typeof squads>): z.infer<typeof Squad> => ({
  ...ownedFieldsOf(row),
  name: row.name,
  agent_ids: row.agentIds,
});

export const squadRoutes = crudRoutes({
  table: squads,
  noun: "squad",
  title: { one: "squad", many: "squads" },
  about: "A team of agents; every member must be an agent of this tenant.",
  create: SquadCreate,
  update: SquadUpdate,
  response: Squad,
  serialize: toSquad,
  columns: { name: "name", agent_ids: "agentIds" },
  guards: { create: membersGuard, update: membersGuard },
});
