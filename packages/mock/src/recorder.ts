/**
 * The recorder: what each request carried (path parameters, query, headers, parsed body), kept per
 * operation for assertions in tests.
 *
 * @module
 */
import type { RecordedCall } from './mock-types.ts'
import { isJsonMediaType, isXmlMediaType } from './request/media-types.ts'
import { urlOf } from './request-url.ts'
import { appendOwn } from './validate/keywords.ts'

/** A recorded request before its answer is known. */
export type RequestRecord = Omit<RecordedCall, 'status'>

/**
 * Reads a query string into a record; a name that repeats gives an array of its values. Names such as
 * `__proto__` become own properties (never the record's prototype).
 */
export function parseQuery(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of params) appendOwn(out, name, value)
  return out
}

function formToRecord(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, entry] of form) {
    const value =
      typeof entry === 'string' ? entry : { name: (entry as File).name, type: entry.type, size: entry.size }
    appendOwn(out, name, value)
  }
  return out
}

function isTextMediaType(mediaType: string): boolean {
  return mediaType.startsWith('text/') || isXmlMediaType(mediaType)
}

/**
 * Reads a request body by its Content-Type: JSON (falling back to text when it does not parse), a form
 * (urlencoded or multipart) as a record, text, or bytes; `undefined` when the request has no body.
 */
export async function readRequestBody(request: Request): Promise<unknown> {
  if (request.body === null) return undefined
  const copy = request.clone()
  const contentType = (copy.headers.get('content-type') ?? '').toLowerCase()
  const mediaType = contentType.split(';')[0]?.trim() ?? ''
  if (mediaType === 'application/x-www-form-urlencoded') {
    return parseQuery(new URLSearchParams(await copy.text()))
  }
  if (mediaType === 'multipart/form-data') {
    try {
      return formToRecord(await copy.formData())
    } catch {
      return await request.clone().text()
    }
  }
  if (isJsonMediaType(mediaType) || isTextMediaType(mediaType) || mediaType === '') {
    const text = await copy.text()
    if (text === '') return undefined
    if (!isJsonMediaType(mediaType) && mediaType !== '') return text
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  const bytes = new Uint8Array(await copy.arrayBuffer())
  return bytes.byteLength === 0 ? undefined : bytes
}

/**
 * Reads what a request carried, for `calls()`. `readBody: false` leaves the body unread (recorded as
 * `undefined`).
 */
export async function recordRequest(
  operation: string,
  request: Request,
  pathParams: Readonly<Record<string, string>>,
  options: { readonly readBody?: boolean } = {},
): Promise<RequestRecord> {
  const url = urlOf(request)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value
  })
  return {
    operation,
    method: request.method.toUpperCase(),
    url: request.url,
    path: { ...pathParams },
    query: parseQuery(url.searchParams),
    headers,
    // A body refused as too large (413) is never read whole.
    body: options.readBody === false ? undefined : await readRequestBody(request),
    timestamp: Date.now(),
  }
}

/** The calls one mock recorded. */
export interface CallLog {
  /** Records a call and tells the listeners. */
  add(call: RecordedCall): void
  /** Calls `listener` after every recorded call; returns the function that unsubscribes it. */
  subscribe(listener: (call: RecordedCall) => void): () => void
  /** Calls of one operation, or all calls, oldest first. */
  list(operation?: string): readonly RecordedCall[]
  reset(): void
}

/** Creates an empty call log. */
export function createCallLog(maxCalls = Number.POSITIVE_INFINITY): CallLog {
  let calls: RecordedCall[] = []
  const listeners = new Set<(call: RecordedCall) => void>()
  return {
    add(call) {
      calls.push(call)
      // Trim in batches, so that keeping the last `maxCalls` costs O(1) per call on average.
      if (calls.length >= maxCalls * 2) calls = calls.slice(-maxCalls)
      for (const listener of listeners) listener(call)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    list(operation) {
      const kept = calls.length > maxCalls ? calls.slice(-maxCalls) : calls
      return operation === undefined ? [...kept] : kept.filter((call) => call.operation === operation)
    },
    reset() {
      calls = []
    },
  }
}
