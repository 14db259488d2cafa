/**
 * The components the mock data needs: every entry of the bundled document's `components` that the
 * operations' schemas reach through `$ref`s, transitively (after bundling every `$ref` points into
 * `#/components/…`). Schemas are copied stripped (`strip-schema.ts`); entries of other sections that a
 * schema points into are copied as they are. Unreached components are left out.
 *
 * @module
 */
import { collectRefs, stripSchema } from './strip-schema.ts'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Decodes one JSON pointer segment of a URI fragment (RFC 6901 §3 and §6). */
function decodeSegment(segment: string): string {
  let text = segment
  try {
    text = decodeURIComponent(segment)
  } catch {
    // A segment that is not valid percent-encoding is used as written.
  }
  return text.replaceAll('~1', '/').replaceAll('~0', '~')
}

/** The `[section, name]` a `#/components/<section>/<name>…` reference points into, else undefined. */
export function componentOfRef(ref: string): readonly [string, string] | undefined {
  if (!ref.startsWith('#/components/')) return undefined
  const [section, name] = ref.slice('#/components/'.length).split('/')
  if (section === undefined || name === undefined || section === '' || name === '') return undefined
  return [decodeSegment(section), decodeSegment(name)]
}

/** Collects the components reachable from schemas: call `addSchema` for each root, then `result()`. */
export interface ComponentCollector {
  /** Strips a schema of an operation, noting the components it reaches. */
  addSchema(schema: unknown): unknown
  /** The reached components, each section's entries in document order. */
  result(): Record<string, Record<string, unknown>>
}

/** Creates a collector over the document's `components`. */
export function createComponentCollector(components: unknown): ComponentCollector {
  const source = isObject(components) ? components : {}
  const copied = new Map<string, Map<string, unknown>>()
  const pending: (readonly [string, string])[] = []
  const onRef = (ref: string) => {
    const target = componentOfRef(ref)
    if (target === undefined) return
    const [section, name] = target
    const entries = copied.get(section)
    if (entries?.has(name) === true) return
    const sectionSource = source[section]
    if (!isObject(sectionSource) || !Object.hasOwn(sectionSource, name)) return
    if (entries === undefined) copied.set(section, new Map([[name, undefined]]))
    else entries.set(name, undefined)
    pending.push(target)
  }
  const drain = () => {
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [section, name] = next
      const value = (source[section] as Json)[name]
      if (section === 'schemas') copied.get(section)?.set(name, stripSchema(value, onRef))
      else {
        collectRefs(value, onRef)
        copied.get(section)?.set(name, value)
      }
    }
  }
  return {
    addSchema(schema) {
      const stripped = stripSchema(schema, onRef)
      drain()
      return stripped
    },
    result() {
      drain()
      const out: Record<string, Record<string, unknown>> = {}
      for (const [section, sectionSource] of Object.entries(source)) {
        const entries = copied.get(section)
        if (entries === undefined || !isObject(sectionSource)) continue
        out[section] = Object.fromEntries(
          Object.keys(sectionSource)
            .filter((name) => entries.has(name))
            .map((name) => [name, entries.get(name)]),
        )
      }
      return out
    },
  }
}
