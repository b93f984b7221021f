// Values built on first use and kept. Apps Script evaluates the whole bundle's top level at every execution (each
// menu click, each google.script.run call), so anything costly that an execution may not need is built lazily.

/** Returns a getter that calls `make` once, on its first call, and then returns the same value. */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
