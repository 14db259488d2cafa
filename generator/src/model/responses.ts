/**
 * Responses Object (OpenAPI 3.1 §4.8.16) and Response Objects (§4.8.17) of one operation.
 *
 * - Keys are parsed by `status-codes.ts`; ranges are normalised to upper case (`4xx` → `4XX`). A key that
 *   is no status, range or `default` (`'2OO'`, `'600'`) is reported (SL007) and
 *   skipped, as is a range written twice in different case. `x-` extension keys are skipped silently.
 * - A range stands for the statuses of its class that the operation does not declare literally.
 * - `$ref`ed responses are followed into `#/components/responses`.
 * - `noContent` is set for 204, 205 and 304 (HTTP forbids a body), for responses without `content` or
 *   with `content: {}`, and for every response of a HEAD operation (RFC 9110 §9.3.2). The declared
 *   media types are still listed, so emitters can report the contradiction.
 * - Document order is kept, as the parsed document presents it: a plain object lists integer-like keys
 *   (`'200'`) first, ascending, then the others (`'4XX'`, `default`) in file order.
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { buildDocText } from './doc-text.ts'
import { buildContents } from './media-types.ts'
import { childPointer } from './pointer.ts'
import { isRecord } from './record.ts'
import { resolveObject } from './refs.ts'
import { buildResponseHeaders } from './response-headers.ts'
import { forbidsBody, type ParsedResponseKey, parseResponseKey, statusesOf } from './status-codes.ts'
import type { HttpMethod, Response } from './types.ts'

/** A key that parsed, with the value and pointer it came with. */
interface KeyedEntry {
  readonly parsed: ParsedResponseKey
  readonly value: unknown
  readonly pointer: string
}

/** Parses the keys of a Responses Object, reporting and dropping the invalid and repeated ones. */
function parseKeys(
  context: ModelContext,
  responses: Readonly<Record<string, unknown>>,
  pointer: string,
): KeyedEntry[] {
  const entries: KeyedEntry[] = []
  const keys = new Set<string>()
  for (const [key, value] of Object.entries(responses)) {
    if (key.startsWith('x-')) continue
    const entryPointer = childPointer(pointer, key)
    const parsed = parseResponseKey(key)
    if (parsed === undefined || keys.has(parsed.key)) {
      const problem =
        parsed === undefined
          ? 'is not an HTTP status (100–599), a range (1XX–5XX) or default'
          : `repeats ${parsed.key}`
      context.warn(
        'SL007',
        entryPointer,
        `The response key "${key}" ${problem}; the response is skipped.`,
        'Use a three-digit status such as 200, a range such as 4XX, or default.',
      )
      continue
    }
    keys.add(parsed.key)
    entries.push({ parsed, value, pointer: entryPointer })
  }
  return entries
}

/** Builds one Response Object. */
function buildResponse(
  context: ModelContext,
  entry: KeyedEntry,
  declared: ReadonlySet<number>,
  method: HttpMethod,
): Response {
  const resolved = resolveObject(context, entry.value, entry.pointer, 'response')
  const response = resolved.value
  const contents = buildContents(context, response.content, childPointer(resolved.pointer, 'content'))
  const { parsed } = entry
  return {
    key: parsed.key,
    kind: parsed.kind,
    code: parsed.code,
    statuses: statusesOf(parsed, declared),
    noContent:
      method === 'head' || (parsed.kind === 'status' && forbidsBody(parsed.code)) || contents.length === 0,
    contents,
    headers: buildResponseHeaders(context, response.headers, childPointer(resolved.pointer, 'headers')),
    doc: buildDocText({ description: resolved.overrides.description ?? response.description }),
    pointer: resolved.pointer,
  }
}

/**
 * The responses of an operation, in spec order. `pointer` is the pointer of its `responses` field.
 *
 * @example
 * buildResponses(context, { '200': ok, '404': missing, '4XX': other }, pointer, 'get')
 *   .map((r) => r.statuses.length) // [1, 1, 99]
 */
export function buildResponses(
  context: ModelContext,
  responses: unknown,
  pointer: string,
  method: HttpMethod,
): Response[] {
  if (responses === undefined) return []
  if (!isRecord(responses)) {
    return context.fail('SL007', pointer, `The responses at ${pointer} are not an object.`)
  }
  const entries = parseKeys(context, responses, pointer)
  const declared = new Set(
    entries.filter((entry) => entry.parsed.kind === 'status').map((entry) => entry.parsed.code),
  )
  return entries.map((entry) => buildResponse(context, entry, declared, method))
}
