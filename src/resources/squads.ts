import { and, eq, inArray } from "drizzle-orm";
import * as z from "zod";
import { agents, squads } from "../db/schema";
import { ValidationError } from "../errors";
import { named } from "../openapi/route-doc";
import { crudRoutes } from "./crud";
import { Name, ownedFieldsOf, ownedResponseFields } from "./fields";
import type { RowOf } from "./queries";

// One IN list of at most this many ids stays well under D1's 100 bound parameters.
const MAX_MEMBERS = 50;

const AgentIds = z
  .array(z.string().min(1).max(64))
  .max(MAX_MEMBERS)
  .refine((ids) => new Set(ids).size === ids.length, { message: "Agent ids must be unique" })
  .describe("Agents of this tenant, in order");

const fields = { name: Name, agent_ids: AgentIds };

export const SquadCreate = named(
  "SquadCreate",
  z.strictObject({ ...fields, agent_ids: AgentIds.default([]) }),
);
export const SquadUpdate = named("SquadUpdate", z.strictObject(fields).partial());

export const Squad = named(
  "Squad",
  z.object({ ...ownedResponseFields, name: z.string(), agent_ids: z.array(z.string()) }),
);

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
  /** Members must be this tenant's agents: another tenant's agent is as unknown as a made-up id. */
  async beforeWrite({ db, tenant, body }) {
    const ids = body.agent_ids as string[] | undefined;
    if (!ids?.length) return;
    const found = await db
      .select({ id: agents.id })
      .from(agents)
      .where(and(eq(agents.tenantId, tenant.id), inArray(agents.id, ids)));
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
    if (issues.length > 0) throw new ValidationError(issues);
  },
});
