import { describe, expect, it } from "vitest";
import { idFloorAt, newId } from "../../src/lib/ids";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newId", () => {
  it("is a UUIDv7 of its millisecond", () => {
    const ms = Date.UTC(2026, 11, 7, 3, 45, 12, 345);
    const id = newId(ms);
    expect(id).toMatch(UUID_V7);
    expect(id.startsWith(idFloorAt(ms))).toBe(true);
    expect(id >= idFloorAt(ms) && id < idFloorAt(ms + 1)).toBe(true);
  });

  it("sorts in the order the ids were made, within one millisecond too", () => {
    const ms = Date.UTC(2027, 0, 1);
    const ids = Array.from({ length: 300 }, (_, i) => newId(ms + Math.floor(i / 100)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes every byte as two hex digits", () => {
    const digits = new Set(
      Array.from({ length: 200 }, () => newId())
        .join("")
        .replaceAll("-", ""),
    );
    expect([...digits].sort().join("")).toBe("0123456789abcdef");
  });
});
