/**
 * Module-level names of a generated file. The model makes operation names unique and keeps them clear
 * of the runtime's names; the names an emitter adds on top (`getZooSpec`, an import alias, a local
 * variable) are claimed here, and get a `_` suffix when an operation already took them.
 *
 * @module
 */

/** A set of taken identifiers that hands out free ones. */
export class NameScope {
  readonly #taken: Set<string>

  constructor(taken: Iterable<string> = []) {
    this.#taken = new Set(taken)
  }

  /** Claims `preferred`, or `preferred_`, `preferred__`, … when it is taken. */
  claim(preferred: string): string {
    let name = preferred
    while (this.#taken.has(name)) name = `${name}_`
    this.#taken.add(name)
    return name
  }

  /** Whether `name` is taken. */
  has(name: string): boolean {
    return this.#taken.has(name)
  }
}
