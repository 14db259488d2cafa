/**
 * Request bodies: read with a size limit (the declared `Content-Length` is checked first, then the
 * stream is read chunk by chunk and abandoned as soon as the limit is passed, so an oversized body is
 * never buffered), then parsed by the media type the operation declares for it — JSON, URL-encoded
 * form, multipart form, text or bytes.
 *
 * @module
 */
import type { MockContent } from '../data.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import { appendOwn, setOwn } from '../validate/keywords.ts'
import { coerce, FORBIDDEN_KEYS, sanitize } from './coerce.ts'
import { describeJsonError, locateJsonError } from './json-error.ts'
import { parseMediaType } from './media-types.ts'
import { tooDeep } from './nesting.ts'

/** The default body size limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024

/** What reading a body gave. */
export type BodyBytes =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly limit: number }

/** What parsing a body gave: the value, or why the bytes do not read as the media type. */
export type ParsedBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string }

/**
 * Reads at most `limit` bytes of a request body. A `Content-Length` over the limit is refused without
 * reading; a stream that passes the limit is cancelled. An absent body reads as zero bytes.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<BodyBytes> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) return { kind: 'too-large', limit }
  if (request.body === null) return { kind: 'bytes', bytes: new Uint8Array(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: some stream sources (MSW's interceptors) never settle a cancel.
      reader.cancel().catch(() => {})
      return { kind: 'too-large', limit }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { kind: 'bytes', bytes }
}

function decodeText(bytes: Uint8Array, charset: string | undefined): string | undefined {
  try {
    return new TextDecoder(charset ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Adds a form field to a record; a repeated name becomes a list, `a[b]` keys build nested records,
 * except names the schema declares as they are (Files.com's `etags[etag]`).
 */
function addField(
  out: Record<string, unknown>,
  name: string,
  value: unknown,
  declared: ReadonlySet<string>,
): void {
  const keys =
    !declared.has(name) && /^[^[\]]+(\[[^[\]]*\])+$/.test(name)
      ? [name.slice(0, name.indexOf('[')), ...[...name.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')]
      : [name]
  if (keys.some((key) => FORBIDDEN_KEYS.has(key))) return
  let node = out
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined
    if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) {
      const child: Record<string, unknown> = {}
      setOwn(node, key, child)
      node = child
    } else {
      node = next as Record<string, unknown>
    }
  }
  appendOwn(node, keys[keys.length - 1] ?? name, value)
}

/** The property names a form body's schema declares. */
function declaredNames(content: MockContent, view: SchemaView): ReadonlySet<string> {
  return content.schema === undefined ? new Set() : new Set(view.properties(content.schema).keys())
}

/** Projects a parsed body for validation: files become their name (a string, as `format: binary` declares). */
export function forValidation(value: unknown): unknown {
  if (value instanceof Blob) return value instanceof File ? value.name : ''
  if (Array.isArray(value)) return value.map(forValidation)
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) setOwn(out, key, forValidation(item))
  return out
}

/**
 * Parses body bytes as the declared content `content` (the one the request's Content-Type matched).
 * JSON that does not parse is refused with the line and column of the error, a value nested deeper than
 * `MAX_NESTING` levels (JSON, or form keys like `a[b][c]`) with its depth; form fields are coerced
 * to the types of the schema's properties; `__proto__`, `constructor` and `prototype` keys are dropped.
 */
export async function parseBody(
  bytes: Uint8Array,
  content: MockContent,
  contentType: string,
  charset: string | undefined,
  view: SchemaView,
): Promise<ParsedBody> {
  switch (content.kind) {
    case 'json': {
      const text = decodeText(bytes, charset)
      if (text === undefined) return { ok: false, message: `is not valid ${charset ?? 'UTF-8'} text` }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch (error) {
        const located = locateJsonError(text)
        const fallback = `malformed JSON: ${error instanceof Error ? error.message : String(error)}`
        return { ok: false, message: located === undefined ? fallback : describeJsonError(located) }
      }
      const deep = tooDeep(parsed)
      if (deep !== undefined) return { ok: false, message: deep }
      return { ok: true, value: sanitize(parsed) }
    }
    case 'text': {
      const text = decodeText(bytes, charset)
      return text === undefined
        ? { ok: false, message: `is not valid ${charset ?? 'UTF-8'} text` }
        : { ok: true, value: text }
    }
    case 'form': {
      const text = decodeText(bytes, charset)
      if (text === undefined) return { ok: false, message: `is not valid ${charset ?? 'UTF-8'} text` }
      const out: Record<string, unknown> = {}
      const declared = declaredNames(content, view)
      for (const [name, value] of new URLSearchParams(text)) addField(out, name, value, declared)
      const deep = tooDeep(out)
      if (deep !== undefined) return { ok: false, message: deep }
      return { ok: true, value: coerce(out, content.schema, view) }
    }
    case 'multipart': {
      const boundary = parseMediaType(contentType)?.params.boundary
      if (!boundary) {
        return { ok: false, message: 'malformed multipart body: its Content-Type names no boundary' }
      }
      let form: FormData
      try {
        form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'content-type': contentType },
        }).formData()
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return {
          ok: false,
          message: `malformed multipart body: its parts do not follow boundary ${boundary} (${reason})`,
        }
      }
      const out: Record<string, unknown> = {}
      const declared = declaredNames(content, view)
      for (const [name, value] of form) addField(out, name, value, declared)
      const deep = tooDeep(out)
      if (deep !== undefined) return { ok: false, message: deep }
      return { ok: true, value: coerce(out, content.schema, view) }
    }
    case 'binary':
      return { ok: true, value: bytes }
  }
}
