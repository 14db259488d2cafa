/**
 * Response building: for the status an operation answers with, the declared response's headers and a
 * body — the scripted body, else a named or declared example, else data sampled from the schema of the
 * media type the request accepts (the first declared one by default). Sampling is seeded from
 * `hashSeed(seed, operation, status, request path)`, so the same resource URL gets the same data. A
 * scripted, example or generated value of an XML media type that is not text already becomes the XML
 * document its schema's XML Objects describe (`xml/encode-xml.ts`), so every encoding path sends that
 * text.
 *
 * @module
 */
import type { MockContent, MockHeader, MockOperation, MockResponse } from './data.ts'
import type { PreferDirectives } from './prefer-header.ts'
import { PROBLEM_JSON, problemDetails } from './problem-json.ts'
import { isXmlMediaType, parseAccept, parseMediaType, rangeCovers } from './request/media-types.ts'
import { hashSeed, type Sampler } from './sample/index.ts'
import { bodyLabel, headerLabel } from './sample-labels.ts'
import type { ScriptedStep } from './scenarios.ts'
import type { SchemaView } from './schema-view/schema-view.ts'
import { encodeXml } from './xml/encode-xml.ts'

/** The body of an answer, before it is encoded. */
export interface AnswerBody {
  readonly kind: MockContent['kind']
  readonly value: unknown
  /** `JSON.stringify(value)`, when already known (generated JSON bodies keep theirs with the body). */
  readonly json?: string
}

/** An answer being built: conformance rules and encoding work on it. */
export interface Answer {
  readonly status: number
  /** Response headers; `Content-Type` is set when there is a body. */
  readonly headers: Headers
  body: AnswerBody | undefined
  /** Lower-case names of the headers the scenario set: conformance leaves them alone. */
  readonly scriptedHeaders: ReadonlySet<string>
}

/** What `buildAnswer` needs to know about the request and the mock. */
export interface AnswerInput {
  readonly operation: MockOperation
  readonly status: number
  /** The declared response for `status` (literal > range > default), if any. */
  readonly response: MockResponse | undefined
  readonly url: URL
  readonly accept: string | null
  readonly step: ScriptedStep | undefined
  readonly prefer: PreferDirectives
  readonly seed: number
  readonly useExamples: boolean
  /** The mock's sampler, created on first use; `useExamples` selects whether schema `example`s are answered. */
  readonly sampler: (useExamples: boolean) => Sampler
  /** The schema view of the mock data, created on first use (XML bodies follow their schemas' `$ref`s with it). */
  readonly view: () => SchemaView
  /** Memoises a generated value by key (values are deterministic, so this only saves time). */
  readonly memo: <T>(key: string, produce: () => T) => T
}

/** Headers whose value the transport owns: never filled from the spec's declarations. */
const TRANSPORT_HEADERS = new Set(['content-type', 'content-length', 'transfer-encoding', 'connection'])

/** Content-Type for a media type that is a range (`*\/*`, `application/*`), by body kind. */
const CONCRETE_MEDIA_TYPES: Readonly<Record<MockContent['kind'], string>> = {
  json: 'application/json',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
  binary: 'application/octet-stream',
}

/**
 * Content-Type for binary media ranges of a top-level type (`image/*`): a common type of it, not the
 * kind default (`application/octet-stream` is no `image/*`).
 */
const BINARY_RANGE_TYPES: Readonly<Record<string, string>> = {
  audio: 'audio/mpeg',
  font: 'font/woff2',
  image: 'image/png',
  video: 'video/mp4',
}

function mediaTypeMatches(range: string, mediaType: string): boolean {
  if (range === '*/*' || mediaType.includes('*')) return true
  if (range.endsWith('/*')) return mediaType.startsWith(range.slice(0, -1))
  return range === mediaType
}

/** The declared media type the `Accept` header asks for; the first declared one otherwise. */
export function chooseContent(
  contents: readonly MockContent[],
  accept: string | null,
): MockContent | undefined {
  if (accept === null || accept.trim() === '') return contents[0]
  const ranges = accept
    .split(',')
    .map((part) => part.split(';'))
    .filter((params) => !params.slice(1).some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
    .map((params) => (params[0] ?? '').trim().toLowerCase())
  for (const range of ranges) {
    const found = contents.find((content) => mediaTypeMatches(range, content.mediaType.toLowerCase()))
    if (found !== undefined) return found
  }
  return contents[0]
}

/**
 * The Content-Type to send for a declared media type: itself when it is concrete. For a range, the
 * kind's default (`application/json`, `text/plain`, `application/octet-stream`…), except that binary
 * data of a range with a top-level type (`image/*`) is sent as the first concrete type of it that
 * `accept` names (`image/webp`), else as a common one (`image/png`).
 */
export function contentTypeOf(
  content: Pick<MockContent, 'kind' | 'mediaType'>,
  accept: string | null = null,
): string {
  if (!content.mediaType.includes('*')) return content.mediaType
  const declared = parseMediaType(content.mediaType)
  if (
    content.kind !== 'binary' ||
    declared === undefined ||
    declared.type === '*' ||
    declared.subtype !== '*'
  )
    return CONCRETE_MEDIA_TYPES[content.kind]
  const accepted = parseAccept(accept ?? '').find(
    (range) => range.q > 0 && range.subtype !== '*' && rangeCovers(declared, range),
  )
  return accepted?.essence ?? BINARY_RANGE_TYPES[declared.type] ?? CONCRETE_MEDIA_TYPES.binary
}

/** A header value as a string: arrays joined with `, `, objects as `key,value` pairs (style simple). */
export function headerValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  let text: string
  if (Array.isArray(value)) text = value.map(String).join(', ')
  else if (typeof value === 'object') text = Object.entries(value).flat().map(String).join(',')
  else text = String(value)
  return headerSafe(text)
}

/** A header value is Latin-1 without NUL, CR or LF: those become spaces, other characters are percent-encoded. */
function headerSafe(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code === 0 || code === 10 || code === 13) out += ' '
    else out += code > 0xff ? encodeURIComponent(char) : char
  }
  return out
}

type Example = { readonly value: unknown } | undefined

/** Whether examples win over generated data: `Prefer: dynamic=` when given, else `useExamples`. */
function usesExamples(input: Pick<AnswerInput, 'prefer' | 'useExamples'>): boolean {
  return input.prefer.dynamic === undefined ? input.useExamples : !input.prefer.dynamic
}

/** The example to answer with, when the `Prefer` header or `useExamples` asks for one and it exists. */
function pickExample(content: MockContent, prefer: PreferDirectives, useExamples: boolean): Example {
  const examples = content.examples ?? {}
  if (prefer.example !== undefined && Object.hasOwn(examples, prefer.example)) {
    return { value: examples[prefer.example] }
  }
  const first = Object.keys(examples)[0]
  return usesExamples({ prefer, useExamples }) && first !== undefined ? { value: examples[first] } : undefined
}

function fillHeaders(input: AnswerInput, declared: readonly MockHeader[], headers: Headers): void {
  for (const header of declared) {
    if (TRANSPORT_HEADERS.has(header.name)) continue
    const examples = usesExamples(input)
    const key = `${input.operation.name} ${input.status} ${input.url.pathname} ${examples} header ${header.name}`
    // Memoised like bodies: the value depends only on the key's parts, and sampling reseeds faker (costly).
    const value = input.memo(key, () => {
      const seed = hashSeed(input.seed, input.operation.name, input.status, input.url.pathname, header.name)
      const label = headerLabel(input.operation, input.status, header.name)
      return headerValue(
        input
          .sampler(examples)
          .sample(header.schema, { seed, direction: 'response', propertyName: header.name, label }),
      )
    })
    if (value !== undefined) headers.set(header.name, value)
  }
}

/** A scripted body's kind when the response declares no media type: strings as text, the rest as JSON. */
function scriptedKind(value: unknown): MockContent['kind'] {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob) return 'binary'
  return typeof value === 'string' ? 'text' : 'json'
}

/**
 * The body a media type sends for a value: the value itself, except that an XML media type's value that
 * is not a string (a scripted body, an example given as an object, generated data) becomes its XML
 * document.
 */
function contentBody(input: AnswerInput, content: MockContent, value: unknown): AnswerBody {
  const xml =
    content.kind === 'text' &&
    typeof value !== 'string' &&
    value !== undefined &&
    isXmlMediaType(content.mediaType)
  return { kind: content.kind, value: xml ? encodeXml(value, content.schema, input.view()) : value }
}

/**
 * The body of a media type without a schema (a PDF, an image): its first example whatever the mock
 * prefers, since there is nothing to generate, else an empty body (an empty object for JSON), or none
 * for an error status (which then gets problem+json).
 */
function schemalessBody(input: AnswerInput, content: MockContent): AnswerBody | undefined {
  const example = pickExample(content, { ...input.prefer, dynamic: false }, true)
  if (example !== undefined) return contentBody(input, content, example.value)
  if (input.status >= 400) return undefined
  return { kind: content.kind, value: content.kind === 'json' ? {} : '' }
}

function generatedBody(input: AnswerInput, content: MockContent): AnswerBody | undefined {
  const example = pickExample(content, input.prefer, input.useExamples)
  if (example !== undefined) return contentBody(input, content, example.value)
  const schema = content.schema
  if (schema === undefined) return schemalessBody(input, content)
  const { operation, status, url } = input
  const examples = usesExamples(input)
  const key = `${operation.name} ${status} ${content.mediaType} ${url.pathname} ${examples}`
  // Memoised with its JSON (or XML) text: a large generated body costs more to serialise than the rest of
  // the answer.
  const generated = input.memo(key, () => {
    const seed = hashSeed(input.seed, operation.name, status, url.pathname)
    const label = bodyLabel(operation, status, content.mediaType)
    const sampled = input.sampler(examples).sample(schema, { seed, direction: 'response', label })
    const body = contentBody(input, content, sampled)
    const json = content.kind === 'json' && body.value !== undefined ? JSON.stringify(body.value) : undefined
    return { value: body.value, json }
  })
  return generated.json === undefined
    ? { kind: content.kind, value: generated.value }
    : { kind: content.kind, value: generated.value, json: generated.json }
}

/**
 * Builds the answer for `input.status`: declared headers sampled from their schemas, then the body, then
 * the scenario's headers on top. An error status whose response declares no body gets an RFC 9457
 * problem+json body. Conformance rules are applied afterwards (`applyConformance`).
 */
export function buildAnswer(input: AnswerInput): Answer {
  const { response, step, status } = input
  const headers = new Headers()
  if (response !== undefined) fillHeaders(input, response.headers, headers)
  const content =
    response === undefined || response.noContent ? undefined : chooseContent(response.contents, input.accept)
  let body: AnswerBody | undefined
  if (step?.hasBody === true) {
    body =
      content === undefined
        ? { kind: scriptedKind(step.body), value: step.body }
        : contentBody(input, content, step.body)
    headers.set(
      'content-type',
      content === undefined ? CONCRETE_MEDIA_TYPES[body.kind] : contentTypeOf(content, input.accept),
    )
  } else if (content !== undefined) {
    body = generatedBody(input, content)
    if (body !== undefined) headers.set('content-type', contentTypeOf(content, input.accept))
  }
  if (body === undefined && status >= 400) {
    const detail = `${input.operation.name} (${input.operation.method} ${input.url.pathname}) answered ${status}.`
    body = { kind: 'json', value: problemDetails(status, detail) }
    headers.set('content-type', PROBLEM_JSON)
  }
  const scriptedHeaders = new Set<string>()
  for (const [name, value] of Object.entries(step?.headers ?? {})) {
    headers.set(name, value)
    scriptedHeaders.add(name.toLowerCase())
  }
  return { status, headers, body, scriptedHeaders }
}
