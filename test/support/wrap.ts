export type Overrides<T extends object> = {
  [K in keyof T]?: (target: T, ...args: never[]) => unknown;
};

/** `target` with some methods replaced; the rest bound to it, so they work as before. */
export function wrap<T extends object>(target: T, overrides: Overrides<T>): T {
  return new Proxy(target, {
    get(object, property) {
      const override = overrides[property as keyof T];
      if (override) return (...args: never[]) => override(object, ...args);
      const value = Reflect.get(object, property);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
