/**
 * The imports of a generated module, collected while its code is built: each helper that writes a
 * reference to `SuccessMember`, `call` or `components` asks the tracker for the name, so the module
 * imports exactly what it uses (no unused imports under `noUnusedLocals`).
 *
 * @module
 */
import type { ImportStructure } from '../structures.ts'
import type { NameScope } from './name-scope.ts'

/** The runtime package every generated SDK imports. */
export const RUNTIME_MODULE = '@statusline/client'

/** The module specifier of `schema.d.ts` (written in openapi-typescript's shape), as generated code imports it. */
export const SCHEMA_MODULE = './schema.js'

/** The names `schema.d.ts` (written in openapi-typescript's shape) exports that the SDK refers to. */
export type SchemaExport = 'components' | 'writableComponents' | 'paths'

/** The module specifier of `operation-types.d.ts`, as generated code imports it. */
export const OPERATION_TYPES_MODULE = './operation-types.js'

/** Collects the imports of one generated module. */
export class ImportTracker {
  readonly #values = new Map<string, string>()
  readonly #types = new Set<string>()
  readonly #schema = new Set<SchemaExport>()
  #operationTypes: string | undefined
  readonly #scope: NameScope

  /** `scope` gives value imports local names that no declaration of the module takes. */
  constructor(scope: NameScope) {
    this.#scope = scope
  }

  /** A type exported by the runtime, e.g. `SuccessMember`. */
  runtimeType(name: string): string {
    this.#types.add(name)
    return name
  }

  /**
   * A value exported by the runtime; returns its local name, which is `preferred` (default: `name`)
   * unless the module declares that name already.
   */
  runtimeValue(name: string, preferred: string = name): string {
    let local = this.#values.get(name)
    if (local === undefined) {
      local = this.#scope.claim(preferred)
      this.#values.set(name, local)
    }
    return local
  }

  /** A type exported by `schema.d.ts`. */
  schema(name: SchemaExport): string {
    this.#schema.add(name)
    return name
  }

  /**
   * The local name of the namespace `operation-types.d.ts` is imported as (`types`, unless the module
   * declares that name already): `types.GetZooParams`.
   */
  operationTypes(): string {
    this.#operationTypes ??= this.#scope.claim('types')
    return this.#operationTypes
  }

  /**
   * The import declarations, runtime first (`import type` when only types are used), names in a stable
   * order. In a JavaScript module (`javascript`), the runtime's types are imported by a JSDoc `@import`.
   */
  declarations(javascript = false): ImportStructure[] {
    const values = [...this.#values].sort(([a], [b]) => compare(a, b))
    const types = [...this.#types].sort(compare)
    const named = values.map(([name, local]) => ({ name, ...(local === name ? {} : { alias: local }) }))
    const declarations: ImportStructure[] = []
    if (javascript) {
      if (values.length > 0) declarations.push({ moduleSpecifier: RUNTIME_MODULE, namedImports: named })
      if (types.length > 0)
        declarations.push({ moduleSpecifier: RUNTIME_MODULE, isJsDoc: true, namedImports: types })
    } else if (values.length > 0) {
      declarations.push({
        moduleSpecifier: RUNTIME_MODULE,
        namedImports: [...named, ...types.map((name) => ({ name, isTypeOnly: true }))],
      })
    } else if (types.length > 0) {
      declarations.push({ moduleSpecifier: RUNTIME_MODULE, isTypeOnly: true, namedImports: types })
    }
    if (this.#schema.size > 0) {
      declarations.push({
        moduleSpecifier: SCHEMA_MODULE,
        isTypeOnly: true,
        namedImports: [...this.#schema].sort(compare),
      })
    }
    if (this.#operationTypes !== undefined) {
      declarations.push({
        moduleSpecifier: OPERATION_TYPES_MODULE,
        isTypeOnly: true,
        namespaceImport: this.#operationTypes,
      })
    }
    return declarations
  }
}

/** Code-point order, independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
