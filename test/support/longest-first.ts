import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take minutes (the fuzzing's parts), by name. Vitest starts the longest files
 * first once it has their last durations, but a fresh clone has none: it starts the largest
 * files first, and these small ones last, leaving one core alone with the longer of them.
 */
const LONGEST = [/\/fuzz-part-\d+\.test\.ts$/];

/** Vitest's order, with the longest files moved to the front. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const longest = (file: TestSpecification) => LONGEST.some((name) => name.test(file.moduleId));
    return [...sorted.filter(longest), ...sorted.filter((file) => !longest(file))];
  }
}
