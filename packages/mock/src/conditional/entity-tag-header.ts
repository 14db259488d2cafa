/**
 * The `ETag` conformance rule: a strong entity tag on a 2xx answer with a body to `GET`/`HEAD` (a hash
 * of its media type and encoded body), and on any 2xx answer of the stateful store that carries a stored
 * resource (the resource's tag, so it changes exactly when the stored resource does, and a write's
 * answer names the tag a later `GET` will send). A declared `ETag` response header gets this value, not
 * a sample: strong `"…"` when its schema accepts it, else weak `W/"…"` when only that fits, else strong
 * anyway (a value outside the schema beats a validator that validates nothing). A scenario's own `ETag`
 * is kept.
 *
 * @module
 */
import { encodedBody } from '../encode-response.ts'
import type { Answer } from '../respond.ts'
import { formatEntityTag, representationTag } from './entity-tag.ts'

/** What the rule needs besides the answer. */
export interface EntityTagContext {
  /** The request's method. */
  readonly method: string
  /** The opaque tag of the stored resource the answer carries (stateful store), if any. */
  readonly resourceTag?: string | undefined
  /** Whether the declared `ETag` header's schema accepts a value; `undefined` when none is declared. */
  readonly declaredAccepts?: ((value: string) => boolean) | undefined
}

/** The opaque tag of the answer's representation, when its body is known before it is sent. */
function bodyTag(answer: Answer): string | undefined {
  const body = answer.body
  if (body === undefined) return undefined
  const encoded = encodedBody(body)
  if (encoded === undefined) return undefined
  // Kept with the body, so encoding does not serialise it again.
  if (body.kind === 'json' && typeof encoded === 'string' && body.json === undefined)
    answer.body = { ...body, json: encoded }
  return representationTag(answer.headers.get('content-type') ?? '', encoded)
}

/** Sets the answer's `ETag` as the rule says, in place (before a `HEAD` answer loses its body). */
export function applyEntityTag(answer: Answer, context: EntityTagContext): void {
  if (answer.status < 200 || answer.status > 299 || answer.scriptedHeaders.has('etag')) return
  const method = context.method.toUpperCase()
  const opaque = context.resourceTag ?? (method === 'GET' || method === 'HEAD' ? bodyTag(answer) : undefined)
  if (opaque === undefined) return
  const strong = formatEntityTag({ weak: false, opaque })
  const accepts = context.declaredAccepts
  const weak = formatEntityTag({ weak: true, opaque })
  const value = accepts === undefined || accepts(strong) || !accepts(weak) ? strong : weak
  answer.headers.set('etag', value)
}
