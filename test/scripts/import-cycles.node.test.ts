import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles } from "../../scripts/import-cycles.mjs";

describe("import cycles", () => {
  it("there is none among the Worker's modules, type imports included", () => {
    expect(importCycles()).toEqual([]);
  });

  it("the check finds one through a type import and a directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "cycles-"));
    mkdirSync(join(dir, "cells"));
    writeFileSync(join(dir, "env.ts"), 'import type { Cell } from "./cells/config";\n');
    writeFileSync(
      join(dir, "cells", "config.ts"),
      'import {\n  type Bindings,\n} from "../env";\nexport type Cell = Bindings;\n',
    );
    expect(importCycles(dir)).toHaveLength(1);
  });
});
