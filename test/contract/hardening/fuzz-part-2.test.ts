import { fuzzOperations } from "../../support/fuzz";

// Part 2 of the fuzzing (test/support/fuzz.ts): its own file, so the parts run side by side.
fuzzOperations(1, 2);
