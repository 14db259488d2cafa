/**
 * Media Type Objects (OpenAPI 3.1 §4.8.14) and the Content maps that hold them: which runtime
 * encoding each media type gets, its schema (kept as written, `$ref`s and all), and its examples
 * (§4.8.19, Example Object).
 *
 * Kinds, decided on the type without parameters (`; charset=…`), case-insensitively:
 * - `json`: a subtype `json` or any `+json` suffix (`application/json`, `application/problem+json`,
 *   `application/vnd.github+json`, `text/json`);
 * - `form`: `application/x-www-form-urlencoded`;
 * - `multipart`: `multipart/*`;
 * - `text`: `text/*`, `+xml` and `+yaml` suffixes, and the `application/` subtypes `xml`, `yaml`,
 *   `x-yaml`, `javascript`, `ecmascript`, `graphql`, `sql`, `csv`, `x-ndjson` and `jsonl`;
 * - `binary`: everything else, including wildcards (`*\/*`, `application/*`), `application/octet-stream`,
 *   images and protobuf.
 *
 * A wildcard whose schema describes JSON data (an object, an array, a number, a boolean, a composition
 * of them: anything but a string, which may be text or bytes) is `json` instead: Springfox-generated
 * documents declare every response as `*\/*`, and their servers answer JSON. The SDK types and reads it
 * as JSON, sends it as `application/json`, and the mock answers it so.
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { childPointer } from './pointer.ts'
import { isRecord, type JsonRecord, setOwn } from './record.ts'
import { resolveObject } from './refs.ts'
import { resolveSchema } from './schema-refs.ts'
import type { BodyKind, JsonSchema, MediaContent } from './types.ts'

/** `application/` subtypes decoded as text. */
const TEXT_APPLICATION_SUBTYPES = new Set([
  'xml',
  'yaml',
  'x-yaml',
  'javascript',
  'ecmascript',
  'graphql',
  'sql',
  'csv',
  'x-ndjson',
  'jsonl',
])

/**
 * The runtime kind of a media type, as the module describes.
 *
 * @example
 * bodyKind('application/vnd.github+json') // 'json'
 * bodyKind('*\/*')                         // 'binary'
 */
export function bodyKind(mediaType: string): BodyKind {
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase()
  const slash = essence.indexOf('/')
  const type = slash === -1 ? essence : essence.slice(0, slash)
  const subtype = slash === -1 ? '' : essence.slice(slash + 1)
  if (subtype === 'json' || subtype.endsWith('+json')) return 'json'
  if (essence === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'multipart') return 'multipart'
  if (type === 'text' || subtype.endsWith('+xml') || subtype.endsWith('+yaml')) return 'text'
  if (type === 'application' && TEXT_APPLICATION_SUBTYPES.has(subtype)) return 'text'
  return 'binary'
}

/** Schema keywords that only JSON values (objects, arrays) use. */
const STRUCTURE_KEYWORDS = [
  'properties',
  'additionalProperties',
  'items',
  'prefixItems',
  'allOf',
  'oneOf',
  'anyOf',
]

/**
 * Whether a schema describes JSON data rather than text or bytes: a declared type other than `string`,
 * or keywords of objects, arrays or compositions. `$ref`s to schemas are followed.
 */
function describesJson(document: unknown, schema: unknown): boolean {
  const node = isSchema(schema) ? resolveSchema(document, schema) : undefined
  if (node === undefined) return false
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]
  if (types.includes('string')) return false
  return types.length > 0 || STRUCTURE_KEYWORDS.some((keyword) => keyword in node)
}

/** Whether a value can serve as a JSON Schema (an object or a boolean). */
export function isSchema(value: unknown): value is JsonSchema {
  return isRecord(value) || typeof value === 'boolean'
}

/**
 * The examples of a Media Type (or Parameter) Object: `example` under the name `default`, then each
 * named entry of `examples` with its `$ref` followed and its `value` taken. Entries that only carry an
 * `externalValue` are skipped: the generator does not fetch external files.
 */
export function collectExamples(
  context: ModelContext,
  owner: JsonRecord,
  pointer: string,
): Record<string, unknown> {
  const examples: Record<string, unknown> = {}
  if (owner.example !== undefined) examples.default = owner.example
  if (isRecord(owner.examples)) {
    for (const [name, entry] of Object.entries(owner.examples)) {
      const resolved = resolveObject(context, entry, childPointer(pointer, 'examples', name), 'example')
      if (Object.hasOwn(resolved.value, 'value')) setOwn(examples, name, resolved.value.value)
    }
  }
  return examples
}

/** Builds one Media Type Object of a Content map found at `pointer` (the map's own pointer). */
function buildMediaContent(
  context: ModelContext,
  mediaType: string,
  media: unknown,
  pointer: string,
): MediaContent {
  const mediaPointer = childPointer(pointer, mediaType)
  const wildcard = (mediaType.split(';')[0] ?? '').includes('*')
  const kind =
    wildcard && isRecord(media) && describesJson(context.document, media.schema)
      ? 'json'
      : bodyKind(mediaType)
  if (!isRecord(media)) {
    return context.fail('SL007', mediaPointer, `The media type object at ${mediaPointer} is not an object.`)
  }
  const examples = collectExamples(context, media, mediaPointer)
  if (!isSchema(media.schema)) return { mediaType, kind, examples }
  return {
    mediaType,
    kind,
    schema: media.schema,
    schemaPointer: childPointer(mediaPointer, 'schema'),
    examples,
  }
}

/**
 * The media types of a Content map (`content` of a request body, response, parameter or header), in
 * spec order. `pointer` is the pointer of the map itself. A missing map yields no media types.
 */
export function buildContents(context: ModelContext, content: unknown, pointer: string): MediaContent[] {
  if (content === undefined) return []
  if (!isRecord(content)) {
    return context.fail('SL007', pointer, `The content map at ${pointer} is not an object.`)
  }
  return Object.entries(content).map(([mediaType, media]) =>
    buildMediaContent(context, mediaType, media, pointer),
  )
}
