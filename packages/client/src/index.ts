/**
 * `@statusline/client`: the zero-dependency runtime every statusline-generated SDK imports.
 *
 * @module
 */

// Calling operations
export { call } from './call.ts'
export { createClient, getDefaultClient, setDefaultClient } from './create-client.ts'
// Building blocks (request building and response decoding, for custom transports and tests)
export { encodeBody } from './encode-body.ts'
// Errors
export {
  AbortError,
  DecodeError,
  NetworkError,
  StatusError,
  StatuslineError,
  TimeoutError,
} from './errors.ts'
export type { MatchHandlers } from './match.ts'
// Results
export { match } from './match.ts'
// Operation descriptors (emitted by the generator)
export type {
  BodyEncoding,
  HeaderType,
  OperationSpec,
  ParamSpec,
  ParamStyle,
  ResponseSpec,
} from './operation.ts'
export type {
  Auth,
  Awaitable,
  BasicCredentials,
  CallOptions,
  Client,
  ClientOptions,
  Credential,
  ErrorContext,
  Fetch,
  Middleware,
  ParseAs,
  RequestContext,
  RequestParams,
  ResponseContext,
  RetryOptions,
  SecuritySchemeSpec,
  Token,
} from './options.ts'
export { parseResponse, responseKey } from './parse-response.ts'
export type { AnyMember, DataOf, ErrorMember, ErrorOf, ResponseKey, SuccessMember } from './result.ts'
export { retryDelay } from './retry.ts'
export type { Encode } from './serialize-params.ts'
export { encodeReserved, serializeParam } from './serialize-params.ts'
export type {
  AnyStatus,
  ErrorStatus,
  Status1xx,
  Status2xx,
  Status3xx,
  Status4xx,
  Status5xx,
} from './status.ts'
export { unwrap } from './unwrap.ts'
