/**
 * Encoding: turns a built answer into an MSW `HttpResponse`, the body written as its kind says — JSON
 * text, plain text, URL-encoded or multipart form, or bytes.
 *
 * @module
 */
import { HttpResponse } from 'msw'
import type { Answer, AnswerBody } from './respond.ts'

const encoder = new TextEncoder()

function toText(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined) return ''
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)
}

function toBytes(value: unknown): Uint8Array | ArrayBuffer | Blob {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob) return value
  return encoder.encode(toText(value))
}

function formEntries(value: unknown): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [['value', value]]
  return Object.entries(value as Record<string, unknown>)
}

function toUrlEncoded(value: unknown): string {
  const params = new URLSearchParams()
  for (const [name, entry] of formEntries(value)) {
    for (const item of Array.isArray(entry) ? entry : [entry])
      if (item !== undefined) params.append(name, toText(item))
  }
  return params.toString()
}

function toFormData(value: unknown, headers: Headers): FormData {
  const form = new FormData()
  for (const [name, entry] of formEntries(value)) {
    for (const item of Array.isArray(entry) ? entry : [entry]) {
      if (item === undefined) continue
      if (item instanceof Blob) form.append(name, item)
      else form.append(name, toText(item))
    }
  }
  // The runtime writes the multipart Content-Type with its boundary.
  headers.delete('content-type')
  return form
}

function encodeBody(body: AnswerBody, headers: Headers): BodyInit | null {
  switch (body.kind) {
    case 'json':
      return body.value === undefined ? null : (body.json ?? JSON.stringify(body.value))
    case 'text':
      return toText(body.value)
    case 'form':
      return toUrlEncoded(body.value)
    case 'multipart':
      return toFormData(body.value, headers)
    case 'binary':
      return toBytes(body.value) as BodyInit
  }
}

/** The text or bytes each response was made with (see {@link encodedBodyOf}). */
const encodedBodies = new WeakMap<Response, string | Uint8Array>()

/** The MSW response for an answer (any status 100–599; bodies of null-body statuses are dropped). */
export function toHttpResponse(answer: Answer): HttpResponse<BodyInit> {
  // The answer is spent here: its headers are handed over (`HttpResponse` copies them) rather than copied.
  const { headers } = answer
  const body = answer.body === undefined ? null : encodeBody(answer.body, headers)
  const response: HttpResponse<BodyInit> = new HttpResponse(body, { status: answer.status, headers })
  if (typeof body === 'string' || body instanceof Uint8Array) encodedBodies.set(response, body)
  return response
}

/**
 * The text or bytes a response of `toHttpResponse` was made with — its body, which a server can write
 * as it is instead of reading the response's stream — or `undefined` for any other response (or a
 * form body, whose encoding the `Response` chooses).
 */
export function encodedBodyOf(response: Response): string | Uint8Array | undefined {
  return encodedBodies.get(response)
}
