import * as z from "zod";
import { workflows } from "../db/schema";
import { crudRoutes } from "../resources/crud";
import { boundedObject, Name, ownedFieldsOf, ownedResponseFields } from "../resources/fields";
import type { RowOf } from "../resources/queries";

const MAX_DEFINITION_BYTES = 64 * 1024;

const fields = { name: Name, definition: boundedObject(MAX_DEFINITION_BYTES) };

export const WorkflowCreate = z.strictObject(fields).meta({ id: "WorkflowCreate" });
export const WorkflowUpdate = z.strictObject(fields).partial().meta({ id: "WorkflowUpdate" });

export const Workflow = z
  .object({
    ...ownedResponseFields,
    name: z.string(),
    definition: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Workflow" });

const toWorkflow = (row: RowOf<typeof workflows>): z.infer<typeof Workflow> => ({
  ...ownedFieldsOf(row),
  name: row.name,
  definition: row.definition,
});

export const workflowRoutes = crudRoutes({
  table: workflows,
  noun: "workflow",
  title: { one: "workflow", many: "workflows" },
  about: `The definition is a JSON object of at most ${MAX_DEFINITION_BYTES} bytes.`,
  create: WorkflowCreate,
  update: WorkflowUpdate,
  response: Workflow,
  serialize: toWorkflow,
  columns: { name: "name", definition: "definition" },
  // Room for the largest definition plus the name and JSON punctuation.
  maxBodyBytes: MAX_DEFINITION_BYTES + 4 * 1024,
});
