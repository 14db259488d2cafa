/**
 * Request validation against one operation, in the order a server checks a request:
 *
 * 1. `415 Unsupported Media Type`: a body whose Content-Type (parameters such as `charset` ignored) is
 *    none of the operation's request media types (`*\/*`, `application/*` and `application/*+json`
 *    ranges match their families), a `charset` no `TextDecoder` knows, a `Content-Encoding` other than
 *    `identity` (the body is read as sent, not decompressed), or a non-empty body without a Content-Type;
 * 2. `406 Not Acceptable`: an `Accept` header (q-values, `*\/*`, `type/*` honoured) that accepts none of
 *    the media types the operation's responses declare;
 * 3. `413 Content Too Large`: a body over the limit (default 1 MiB), refused from its `Content-Length`
 *    or as soon as the stream passes the limit, never buffered whole;
 * 4. `400 Bad Request`: a body that does not parse (malformed JSON names line and column), a missing
 *    required body, and parameters that are missing, do not fit their style or fail their schema;
 * 5. `422 Unprocessable Content` instead of 400 when the operation declares 422 and the only problems
 *    are a well-formed body failing its schema.
 *
 * The body is validated in the `request` direction: required `readOnly` properties may be absent. A text
 * body is validated only when its schema accepts a string and the media type is not XML: an XML body's
 * schema describes the document (OpenAPI's XML Object), and a schema of other types (an object for
 * `application/x-yaml`, a number for `text/plain`) the value the text encodes, which the mock does not
 * parse; such a body is checked for presence and as text only.
 *
 * @module
 */
import type { MockContent, MockOperation } from '../data.ts'
import { urlOf } from '../request-url.ts'
import type { SchemaView } from '../schema-view/schema-view.ts'
import type { SchemaValidator } from '../validate/types.ts'
import { DEFAULT_BODY_LIMIT, forValidation, parseBody, readBodyBytes } from './body.ts'
import { bodyIssues, type RequestIssue } from './issues.ts'
import { acceptsAny, isXmlMediaType, matchContentType, parseMediaType } from './media-types.ts'
import { type ParsedParameters, readParameters } from './parameters.ts'

/** A request that passed validation, its parts parsed and typed. */
export interface ParsedRequest extends ParsedParameters {
  /** The parsed body (JSON value, form record, text, bytes); `undefined` when there is none. */
  readonly body: unknown
  /** The declared media type the body matched. */
  readonly mediaType?: string
}

/** The statuses request validation answers with. */
export type RequestErrorStatus = 400 | 406 | 413 | 415 | 422

/** The outcome of {@link validateRequest}. */
export type RequestValidation =
  | { readonly ok: true; readonly parsed: ParsedRequest }
  | { readonly ok: false; readonly status: RequestErrorStatus; readonly issues: readonly RequestIssue[] }

/** What {@link validateRequest} needs besides the request. */
export interface RequestValidationOptions {
  /** The schema view of the document. */
  readonly view: SchemaView
  /** A validator of the same document (one with `allErrors: true` reports every failing field). */
  readonly validator: SchemaValidator
  /** Path parameters as the router matched them (URL-decoded), by template name. */
  readonly pathParams: Readonly<Record<string, string>>
  /** The largest body accepted, in bytes. Default 1 MiB. */
  readonly bodyLimit?: number
}

function declares(operation: MockOperation, status: number): boolean {
  return operation.responses.some((response) => response.key === String(status))
}

function responseMediaTypes(operation: MockOperation): string[] {
  const out = new Set<string>()
  for (const response of operation.responses)
    for (const content of response.contents) out.add(content.mediaType)
  return [...out]
}

function refuse(status: RequestErrorStatus, issue: RequestIssue): RequestValidation {
  return { ok: false, status, issues: [issue] }
}

/** True when `TextDecoder` knows the charset (WHATWG Encoding labels: `utf-8`, `latin1`, `utf-16le`…). */
function isKnownCharset(charset: string): boolean {
  try {
    new TextDecoder(charset)
    return true
  } catch {
    return false
  }
}

/**
 * Whether the schema of `content` describes its body as parsed, so the body is validated against it: not
 * for bytes, nor for text unless the schema accepts a string and the media type is not XML (the module
 * says why).
 */
function describesParsedBody(content: MockContent, view: SchemaView): boolean {
  if (content.kind === 'binary') return false
  if (content.kind !== 'text') return true
  if (isXmlMediaType(content.mediaType)) return false
  const types = view.types(content.schema)
  return types === undefined || types.has('string')
}

/**
 * Validates a request against `operation`. Reads (consumes) the request's body when the operation
 * declares one: pass `request.clone()` to keep the original readable.
 *
 * @example
 * const result = await validateRequest(createZoo, request.clone(), { view, validator, pathParams: {} })
 * if (!result.ok) console.log(result.status, result.issues) // 422 [{ in: 'body', name: '/name', message: 'is required' }]
 */
export async function validateRequest(
  operation: MockOperation,
  request: Request,
  options: RequestValidationOptions,
): Promise<RequestValidation> {
  const declaredBody = operation.requestBody
  const contentType = request.headers.get('content-type')
  const matched =
    declaredBody === undefined ? undefined : matchContentType(declaredBody.contents, contentType)
  const expected = declaredBody?.contents.map((content) => content.mediaType).join(', ') ?? ''
  if (
    declaredBody !== undefined &&
    contentType !== null &&
    matched === undefined &&
    declaredBody.contents.length > 0
  ) {
    return refuse(415, {
      in: 'header',
      name: 'Content-Type',
      message: `${contentType} is not supported; use ${expected}`,
    })
  }
  const encoding = request.headers.get('content-encoding')?.trim()
  if (declaredBody !== undefined && encoding && encoding.toLowerCase() !== 'identity') {
    return refuse(415, {
      in: 'header',
      name: 'Content-Encoding',
      message: `${encoding} is not supported; send the body without a content coding`,
    })
  }
  const charset = parseMediaType(contentType)?.params.charset
  if (declaredBody !== undefined && charset !== undefined && !isKnownCharset(charset)) {
    return refuse(415, {
      in: 'header',
      name: 'Content-Type',
      message: `charset=${charset} is not a character encoding the mock can read`,
    })
  }
  const offered = responseMediaTypes(operation)
  const accept = request.headers.get('accept')
  if (offered.length > 0 && !acceptsAny(accept, offered)) {
    return refuse(406, {
      in: 'header',
      name: 'Accept',
      message: `${accept} accepts none of ${offered.join(', ')}`,
    })
  }

  const issues: RequestIssue[] = []
  let body: unknown
  let bodyParsed = false
  if (declaredBody !== undefined) {
    const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
    const read = await readBodyBytes(request, limit)
    if (read.kind === 'too-large') {
      return refuse(413, { in: 'body', name: '', message: `is larger than the limit of ${limit} bytes` })
    }
    const anyType = declaredBody.contents.find((content) => content.mediaType === '*/*')
    if (
      read.bytes.byteLength > 0 &&
      matched === undefined &&
      anyType === undefined &&
      declaredBody.contents.length > 0
    ) {
      return refuse(415, { in: 'header', name: 'Content-Type', message: `is missing; use ${expected}` })
    }
    const content = matched ?? anyType
    if (read.bytes.byteLength === 0) {
      if (declaredBody.required) issues.push({ in: 'body', name: '', message: 'is required' })
    } else if (content !== undefined) {
      const parsed = await parseBody(
        read.bytes,
        content,
        contentType ?? content.mediaType,
        charset,
        options.view,
      )
      if (!parsed.ok) {
        issues.push({ in: 'body', name: '', message: parsed.message })
      } else {
        body = parsed.value
        bodyParsed = true
      }
    }
    if (bodyParsed && content?.schema !== undefined && describesParsedBody(content, options.view)) {
      const result = options.validator.validate(content.schema, forValidation(body), { direction: 'request' })
      if (!result.valid) issues.push(...bodyIssues(result.errors))
    }
  }

  const params = readParameters(
    operation,
    { url: urlOf(request), pathParams: options.pathParams, headers: request.headers },
    options,
  )
  issues.push(...params.issues)
  if (issues.length > 0) {
    // A parsed body means every body issue is a schema failure: 422 when the operation declares it.
    const onlyBodySchema = bodyParsed && params.issues.length === 0
    return { ok: false, status: onlyBodySchema && declares(operation, 422) ? 422 : 400, issues }
  }
  const mediaType = matched?.mediaType
  return {
    ok: true,
    parsed: { ...params.parsed, body, ...(mediaType === undefined ? {} : { mediaType }) },
  }
}
