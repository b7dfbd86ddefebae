import { describe, expect, it } from "vitest";
import { differences, emittedFence, generatedFence } from "../../scripts/fence-migration.mjs";

describe("the write fence's migration", () => {
  it("is not needed: the cell's migrations leave exactly the generated triggers", async () => {
    expect(differences(emittedFence(), await generatedFence())).toEqual([]);
  });

  it("would be written for a trigger added, changed or gone", async () => {
    const generated = await generatedFence();
    const emitted = new Map(generated.map((trigger) => [trigger.name, trigger.sql]));
    const [first, second] = generated;
    emitted.delete(first?.name ?? "");
    emitted.set(second?.name ?? "", "CREATE TRIGGER other");
    emitted.set("fence_dropped_insert", "CREATE TRIGGER `fence_dropped_insert`");
    expect(differences(emitted, generated).sort()).toEqual(
      [`new ${first?.name}`, `changed ${second?.name}`, "dropped fence_dropped_insert"].sort(),
    );
  });
});
