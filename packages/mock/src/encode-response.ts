/**
 * Encoding: turns a built answer into an MSW `HttpResponse`, the body written as its kind says — JSON
 * text, plain text, URL-encoded or multipart form, or bytes. Most answers can also be encoded into a
 * {@link WireAnswer}: exactly what that `HttpResponse` would carry, without building it, for the
 * standalone server to write (a fetch `Response` costs more than the rest of a small answer).
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

/** The body to build a `Response` with: {@link encodedBody}'s text or bytes, else a form or a `Blob`. */
function encodeBody(body: AnswerBody, headers: Headers): BodyInit | null {
  if (body.kind === 'multipart') return toFormData(body.value, headers)
  if (body.kind === 'binary' && body.value instanceof Blob) return body.value
  return (encodedBody(body) ?? null) as BodyInit | null
}

/**
 * The body as it will be sent, when that is known without building a `Response`: JSON text (the
 * body's own when it has one), plain text, URL-encoded form, or bytes; `undefined` for a multipart form
 * or a `Blob` (whose encoding or bytes only the `Response` gives) and for a JSON body without a value.
 */
export function encodedBody(body: AnswerBody): string | Uint8Array | undefined {
  switch (body.kind) {
    case 'json':
      return body.value === undefined ? undefined : (body.json ?? JSON.stringify(body.value))
    case 'text':
      return toText(body.value)
    case 'form':
      return toUrlEncoded(body.value)
    case 'multipart':
      return undefined
    case 'binary': {
      const bytes = toBytes(body.value)
      return bytes instanceof Blob ? undefined : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
    }
  }
}

/** The text or bytes each response was made with (see {@link encodedBodyOf}). */
const encodedBodies = new WeakMap<Response, string | Uint8Array>()

/**
 * An answer encoded as the `HttpResponse` of {@link toHttpResponse} would carry it: its status, status
 * text, headers and body, as a server writes them.
 */
export interface WireAnswer {
  readonly status: number
  readonly statusText: string
  readonly headers: Headers
  /** `null`: no body. */
  readonly body: string | Uint8Array | null
}

/** What the mock's handlers answer with: a fetch `Response`, or an answer not made into one yet. */
export type Reply = Response | WireAnswer

/** Statuses whose response has no body: `HttpResponse` drops the body given for them. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/** `HttpResponse`'s status text per status (MSW's table), read once per status. */
const statusTexts = new Map<number, string>()

function statusTextOf(status: number): string {
  let text = statusTexts.get(status)
  if (text === undefined) {
    text = new HttpResponse(null, { status }).statusText
    statusTexts.set(status, text)
  }
  return text
}

/**
 * The answer as a {@link WireAnswer}, or `undefined` when only a `Response` reproduces it — a status
 * `Response` does not take as it is (outside 200–599) or one without a body, a form or binary-object
 * body whose encoding the `Response` chooses, a body without a `Content-Type` (the `Response` would add
 * one). Then the answer is left untouched, for {@link toHttpResponse}.
 */
export function toWireAnswer(answer: Answer): WireAnswer | undefined {
  const { status, headers } = answer
  if (status < 200 || status > 599 || NULL_BODY_STATUSES.has(status)) return undefined
  const statusText = statusTextOf(status)
  if (answer.body === undefined) return { status, statusText, headers, body: null }
  if (answer.body.kind === 'multipart' || !headers.has('content-type')) return undefined
  const body = encodeBody(answer.body, headers)
  if (body === null || typeof body === 'string' || body instanceof Uint8Array)
    return { status, statusText, headers, body }
  return undefined
}

/** The MSW response for an answer (any final status 200–599; bodies of null-body statuses are dropped). */
export function toHttpResponse(answer: Answer): HttpResponse<BodyInit> {
  // The answer is spent here: its headers are handed over (`HttpResponse` copies them) rather than copied.
  const { headers } = answer
  const body = answer.body === undefined ? null : encodeBody(answer.body, headers)
  return encodedResponse(answer.status, headers, body)
}

function encodedResponse(status: number, headers: Headers, body: BodyInit | null): HttpResponse<BodyInit> {
  const response: HttpResponse<BodyInit> = new HttpResponse(body, { status, headers })
  if (typeof body === 'string' || body instanceof Uint8Array) encodedBodies.set(response, body)
  return response
}

/** A reply as a fetch `Response`: a {@link WireAnswer} becomes the `HttpResponse` it stands for. */
export function replyToResponse(reply: Reply): Response {
  return reply instanceof Response
    ? reply
    : encodedResponse(reply.status, reply.headers, reply.body as BodyInit | null)
}

/**
 * The text or bytes a response of `toHttpResponse` was made with — its body, which a server can write
 * as it is instead of reading the response's stream — or `undefined` for any other response (or a
 * form body, whose encoding the `Response` chooses).
 */
export function encodedBodyOf(response: Response): string | Uint8Array | undefined {
  return encodedBodies.get(response)
}
