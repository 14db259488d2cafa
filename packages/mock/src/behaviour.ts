/**
 * The automatic behaviours of a mock — request validation, credential checks, 405 for undeclared methods,
 * 404 for unknown paths, the body size limit, and stateful mode — resolved from `MockOptions`, with what
 * they need (the schema view, a validator that reports every failing field, the store) created on first
 * use.
 *
 * @module
 */
import type { MockData } from './data.ts'
import type { MockOptions } from './mock-types.ts'
import { DEFAULT_BODY_LIMIT } from './request/body.ts'
import type { Sampler } from './sample/index.ts'
import { createSchemaView, type SchemaView } from './schema-view/schema-view.ts'
import { createStore, type StatefulOptions, type Store } from './state/store.ts'
import type { SchemaValidator } from './validate/types.ts'
import { createValidator } from './validate/validator.ts'

/** The resolved behaviours of one mock. */
export interface MockBehaviour {
  readonly validate: boolean
  readonly security: boolean
  readonly methodNotAllowed: boolean
  readonly unknownPath: '404' | 'passthrough'
  readonly bodyLimit: number
  /** Stateful mode's options; `undefined` when it is off. */
  readonly stateful: StatefulOptions | undefined
  /** The schema view of the document. */
  view(): SchemaView
  /** A validator of the document that reports every failing keyword (for 400/422 bodies). */
  requestValidator(): SchemaValidator
  /** The store of stateful mode, created on first use; `undefined` when stateful mode is off. */
  store(): Store | undefined
  /** Forgets the store's changes. */
  resetStore(): void
}

function fail(reason: string): never {
  throw new Error(`[statusline] Failed to create the mock: ${reason}`)
}

function flag(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') fail(`\`${name}\` must be true or false, got ${String(value)}`)
  return value
}

function statefulOptions(value: MockOptions['stateful']): StatefulOptions | undefined {
  if (value === undefined || value === false) return undefined
  if (value === true) return {}
  if (value === null || typeof value !== 'object')
    fail(`\`stateful\` must be a boolean or an options object, got ${String(value)}`)
  const { initialItems } = value
  if (initialItems !== undefined && (!Number.isInteger(initialItems) || initialItems < 0)) {
    fail(`\`stateful.initialItems\` must be an integer ≥ 0, got ${String(initialItems)}`)
  }
  return value
}

/**
 * Resolves the behaviour options of a mock.
 *
 * @param root - the document root the mock's sampler validates against (shared, so schemas normalise once)
 * @param sampler - the mock's sampler without examples (the store's items are generated)
 */
export function createBehaviour(
  data: MockData,
  options: MockOptions,
  root: object,
  sampler: () => Sampler,
  seed: number,
): MockBehaviour {
  const unknownPath = options.unknownPath ?? '404'
  if (unknownPath !== '404' && unknownPath !== 'passthrough') {
    fail(`\`unknownPath\` must be '404' or 'passthrough', got ${String(unknownPath)}`)
  }
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  if (typeof bodyLimit !== 'number' || !Number.isFinite(bodyLimit) || bodyLimit < 0) {
    fail(`\`bodyLimit\` must be a number of bytes ≥ 0, got ${String(bodyLimit)}`)
  }
  const stateful = statefulOptions(options.stateful)
  let view: SchemaView | undefined
  let validator: SchemaValidator | undefined
  let store: Store | undefined
  const behaviour: MockBehaviour = {
    validate: flag('validate', options.validate, true),
    security: flag('security', options.security, true),
    methodNotAllowed: flag('methodNotAllowed', options.methodNotAllowed, true),
    unknownPath,
    bodyLimit,
    stateful,
    view() {
      view ??= createSchemaView(data.components)
      return view
    },
    requestValidator() {
      validator ??= createValidator({ root, openapi: data.openapi, allErrors: true })
      return validator
    },
    store() {
      if (stateful === undefined) return undefined
      store ??= createStore({ ...stateful, data, sampler: sampler(), view: behaviour.view(), seed })
      return store
    },
    resetStore() {
      store?.reset()
    },
  }
  return behaviour
}
