/**
 * Names for objects the bundler hoists into `components`: readable (taken from the file name or the last
 * meaningful pointer segments), valid as component keys (`^[a-zA-Z0-9._-]+$`, OpenAPI 3.1 §4.8.7.1) and
 * unique within their section, never clashing with a name the document already uses.
 *
 * @module
 */

import { basename, extname } from 'node:path'

const structural = new Set([
  'paths',
  'components',
  'schemas',
  'definitions',
  '$defs',
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'schema',
  'content',
  'responses',
  'parameters',
  'requestBody',
  'requestBodies',
  'headers',
  'examples',
  'links',
  'callbacks',
  'pathItems',
  'securitySchemes',
])

/**
 * Suggests a component name for the value at `segments` in `file`: up to the three last pointer segments
 * that are not structural keywords or media types (`/paths/~1zoos/get/responses/200/…/schema` →
 * `zoos_get_200`), else the file's base name (`./schemas/zoo.yaml` → `zoo`).
 */
export function suggestComponentName(file: string, segments: readonly string[]): string {
  const meaningful = segments.filter((s) => !structural.has(s) && !/^[a-z]+\/[^/]+$/i.test(s) && s !== '')
  const picked = meaningful
    .slice(-3)
    .map(sanitize)
    .filter((s) => s !== '')
  if (picked.length > 0) return picked.join('_')
  return sanitize(basename(file, extname(file))) || 'Component'
}

function sanitize(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[_.]+|[_.]+$/g, '')
}

/** Allocates unique names per `components` section, seeded with the names the document already has. */
export class ComponentNames {
  readonly #taken = new Map<string, Set<string>>()

  /** Reserves every name already present in `components` (each section's keys). */
  constructor(components: unknown) {
    if (typeof components !== 'object' || components === null) return
    for (const [section, entries] of Object.entries(components)) {
      if (typeof entries === 'object' && entries !== null) this.#section(section, Object.keys(entries))
    }
  }

  /** Returns `suggestion`, or `suggestion_2`, `_3`, … — the first not yet taken in `section` — and takes it. */
  allocate(section: string, suggestion: string): string {
    const taken = this.#section(section, [])
    let name = suggestion
    for (let n = 2; taken.has(name); n++) name = `${suggestion}_${n}`
    taken.add(name)
    return name
  }

  #section(section: string, initial: readonly string[]): Set<string> {
    let taken = this.#taken.get(section)
    if (!taken) {
      taken = new Set(initial)
      this.#taken.set(section, taken)
    }
    return taken
  }
}
