/**
 * The normaliser: converts the schemas of one document into the JSON Schema the validator and the
 * sampler read — each component once per root document and dialect (memoised), when a ref first
 * reaches it, and each inline schema object once.
 * Refs are rewritten to canonical `statusline:root#/components/…` form so ajv resolves them against
 * the root registered once, and so the sampler resolves them by one cache.
 *
 * @module
 */

import { settleComposition } from './closed-compositions.ts'
import { type Dialect, dialectOf } from './dialect.ts'
import { settleDiscriminator } from './discriminator.ts'
import { isRecord, setOwn } from './keywords.ts'
import { getAt, parseFragment, ROOT_ID } from './pointer.ts'
import {
  type NormalizedSchema,
  type NormalizeWarning,
  type Walk,
  type WalkState,
  walkSchema,
  warn,
} from './walk.ts'

/** Converts the schemas of one document; see the module comment. */
export interface Normalizer {
  readonly dialect: Dialect
  readonly direction: Direction
  /**
   * The normalised root `{ components }`: schemas converted, other component sections kept only for their
   * `schema`s. It holds the components reached so far (through {@link Normalizer.normalize} and
   * {@link Normalizer.resolve}), and grows as refs reach more.
   */
  readonly root: Readonly<Record<string, unknown>>
  /** What was dropped or rewritten because the document's schemas were malformed (in the schemas normalised so far). */
  readonly warnings: readonly NormalizeWarning[]
  /**
   * Normalises a schema of the document (memoised per object; normalised schemas are returned as
   * they are). Pass stable objects (e.g. those of the mock data): results are cached per object.
   *
   * @throws when `schema` is neither an object nor a boolean.
   */
  normalize(schema: unknown, where?: string): NormalizedSchema
  /** The tokens of a normalised schema inside the root, when it is one of the root's schemas. */
  pointerOf(schema: object): readonly string[] | undefined
  /** Resolves a canonical (or `#/…`) ref against the normalised root. */
  resolve(ref: string): NormalizedSchema | undefined
  /** Marks an object built from normalised parts (e.g. a merged `allOf`) as normalised. */
  adopt<T extends object>(schema: T): T
}

/** `request`/`response`: `required` leaves out properties hidden in that direction; `undefined`: as written. */
export type Direction = 'request' | 'response' | undefined

const byRoot = new WeakMap<object, Map<string, Normalizer>>()

/**
 * The normaliser of `root` in the dialect of `openapi` for one direction, created once per root
 * object, dialect and direction.
 */
export function getNormalizer(root: object, openapi: string, direction?: Direction): Normalizer {
  const dialect = dialectOf(openapi)
  const key = `${dialect}:${direction ?? 'any'}`
  let perDialect = byRoot.get(root)
  if (perDialect === undefined) {
    perDialect = new Map()
    byRoot.set(root, perDialect)
  }
  let normalizer = perDialect.get(key)
  if (normalizer === undefined) {
    normalizer = createNormalizer(root, dialect, direction)
    perDialect.set(key, normalizer)
  }
  return normalizer
}

function createNormalizer(rawRoot: object, dialect: Dialect, direction: Direction): Normalizer {
  const state: WalkState = {
    dialect,
    direction,
    rawRoot,
    memo: new WeakMap(),
    produced: new WeakSet(),
    pointers: new WeakMap(),
    warnings: [],
    discriminators: [],
    refs: [],
    compositions: [],
  }
  const adopt = <T extends object>(schema: T): T => {
    state.produced.add(schema)
    return schema
  }
  const refCache = new Map<string, NormalizedSchema | undefined>()
  const aliasEnds = new Map<string, string>()
  const rootWalk: Walk = { state, inRoot: true, where: '' }
  const { root, ensure } = createLazyRoot(rootWalk, rawRoot)
  /** What a ref points to, normalising its component on first sight (its own refs are left queued). */
  const lookup = (ref: string): NormalizedSchema | undefined => {
    if (refCache.has(ref)) return refCache.get(ref)
    const tokens = ref.startsWith(`${ROOT_ID}#`) || ref.startsWith('#') ? parseFragment(ref) : undefined
    if (tokens !== undefined) ensure(tokens)
    const found = tokens === undefined ? undefined : getAt(root, tokens)
    const schema = typeof found === 'boolean' || isRecord(found) ? found : undefined
    refCache.set(ref, schema)
    return schema
  }
  // Resolving a ref may normalise another component, whose refs, discriminators and closed compositions
  // join the queues: they are drained until empty (a loop, not recursion, so a long chain of components
  // cannot overflow).
  // The queues start empty and hold what `walk` met; every later batch was met normalising a component.
  const finish = (walk: Walk) => {
    let owner = walk
    while (state.refs.length > 0 || state.discriminators.length > 0 || state.compositions.length > 0) {
      for (const node of state.refs.splice(0)) {
        if (typeof node.$ref !== 'string') continue
        if (lookup(node.$ref) === undefined) {
          warn(
            owner,
            [],
            `$ref ${JSON.stringify(node.$ref)} points to nothing in the document; keyword ignored`,
          )
          delete node.$ref
        } else if (isRefCycle(node, lookup)) {
          warn(owner, [], `$ref ${JSON.stringify(node.$ref)} only leads back to itself; keyword ignored`)
          delete node.$ref
        } else if (isAlias(node) && state.pointers.get(node)?.length === 3) {
          // A component that is only a `$ref` to another such component (`A → B → … → Z`) refers to the
          // end of the chain directly: ajv resolves each link again for every component, so a 1,000-long
          // chain would cost a million resolutions. What refers to `A` still names `A`.
          node.$ref = aliasTarget(node.$ref, lookup, aliasEnds)
        }
      }
      for (const node of state.discriminators.splice(0)) settleDiscriminator(node, lookup)
      for (const entry of state.compositions.splice(0)) settleComposition(entry, lookup, adopt)
      owner = rootWalk
    }
  }
  /** What a ref points to, with the component it reaches (and what that refers to) settled. */
  const resolve = (ref: string): NormalizedSchema | undefined => {
    const schema = lookup(ref)
    finish(rootWalk)
    return schema
  }
  return {
    dialect,
    direction,
    root,
    warnings: state.warnings,
    normalize(schema, where = '(inline schema)') {
      if (typeof schema === 'boolean') return schema
      if (!isRecord(schema)) {
        throw new Error(
          `[statusline] Failed to read the schema of ${where}: a schema must be an object or a boolean, got ${JSON.stringify(schema) ?? String(schema)}`,
        )
      }
      if (state.produced.has(schema) || state.memo.has(schema)) {
        return state.produced.has(schema) ? schema : (state.memo.get(schema) as NormalizedSchema)
      }
      const walk: Walk = { state, inRoot: false, where }
      const out = walkSchema(walk, schema, [])
      finish(walk)
      return out
    },
    pointerOf: (schema) => state.pointers.get(schema),
    resolve,
    adopt,
  }
}

/** The normalised root, filled one component at a time; see {@link createLazyRoot}. */
interface LazyRoot {
  /** `{ components }`, holding the components normalised so far (each section present from the start). */
  readonly root: Record<string, unknown>
  /** Normalises the component a pointer (`components/<section>/<name>/…`) leads into, once. */
  ensure(tokens: readonly string[]): void
}

/**
 * Mirrors `components`, one entry at a time as refs reach it: a `components.schemas` entry is
 * normalised; entries of other sections (responses, parameters, headers, request bodies…) are copied
 * for the `schema`s they hold, without examples. A large document's components are mostly never
 * reached by the operations a run answers, so none is normalised before a ref needs it.
 */
function createLazyRoot(walk: Walk, rawRoot: object): LazyRoot {
  const components = isRecord(rawRoot) && isRecord(rawRoot.components) ? rawRoot.components : {}
  const sections: Record<string, Record<string, unknown>> = {}
  for (const [section, entries] of Object.entries(components)) if (isRecord(entries)) sections[section] = {}
  return {
    root: { components: sections },
    ensure(tokens) {
      const [first, section, name] = tokens
      if (first !== 'components' || section === undefined || name === undefined) return
      const entries = components[section]
      const normalized = Object.hasOwn(sections, section) ? sections[section] : undefined
      if (!isRecord(entries) || normalized === undefined || !Object.hasOwn(entries, name)) return
      if (Object.hasOwn(normalized, name)) return
      const at = ['components', section, name]
      const item = entries[name]
      setOwn(
        normalized,
        name,
        section === 'schemas' ? walkSchema(walk, item, at) : structural(walk, item, at),
      )
    },
  }
}

function structural(walk: Walk, node: unknown, at: readonly string[]): unknown {
  if (Array.isArray(node)) return node.map((item, i) => structural(walk, item, [...at, String(i)]))
  if (!isRecord(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue
    if (key === 'schema') out[key] = walkSchema(walk, value, [...at, key])
    else if (key === '$ref' && typeof value === 'string') out[key] = value
    else out[key] = structural(walk, value, [...at, key])
  }
  return out
}

/** Whether a schema is only a `$ref` (with at most a description and a title). */
function isAlias(node: Record<string, unknown>): boolean {
  return (
    typeof node.$ref === 'string' &&
    Object.keys(node).every((k) => k === '$ref' || k === 'description' || k === 'title')
  )
}

/** The ref at the end of a chain of aliases starting at `ref` (memoised in `ends`). */
function aliasTarget(
  ref: string,
  resolve: (ref: string) => NormalizedSchema | undefined,
  ends: Map<string, string>,
): string {
  const chain: string[] = []
  const seen = new Set<string>()
  let current = ref
  while (!ends.has(current) && !seen.has(current)) {
    seen.add(current)
    chain.push(current)
    const target = resolve(current)
    if (!isRecord(target) || !isAlias(target)) break
    current = target.$ref as string
  }
  const end = ends.get(current) ?? current
  for (const link of chain) ends.set(link, end)
  return end
}

/** Whether following `$ref`s from `node` through schemas that are only refs comes back to `node`. */
function isRefCycle(
  node: Record<string, unknown>,
  resolve: (ref: string) => NormalizedSchema | undefined,
): boolean {
  const seen = new Set<object>([node])
  let current: NormalizedSchema | undefined = node
  while (isRecord(current) && typeof current.$ref === 'string') {
    current = resolve(current.$ref)
    if (!isRecord(current)) return false
    if (seen.has(current)) return current === node
    if (Object.keys(current).some((k) => k !== '$ref' && k !== 'description' && k !== 'title')) return false
    seen.add(current)
  }
  return false
}
