/**
 * `@statusline/client`: the zero-dependency runtime every statusline-generated SDK imports.
 *
 * @module
 */

// Request body encoders, referenced by descriptors (JSON is the default)
export { binaryBody, formBody, multipartBody, textBody } from './body-encoders.ts'
// Calling operations
export { call } from './call.ts'
export { createClient, getDefaultClient, setDefaultClient } from './create-client.ts'
// Credentials of security schemes, referenced by generated schemes
export { apiKeyCredential, basicCredential, noCredential, tokenCredential } from './credentials.ts'
// Parameter serialisers: the location defaults, referenced only where a parameter uses one elsewhere
export { formExploded, simple } from './default-styles.ts'
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
  BodyEncoder,
  BodyReader,
  BodySpec,
  Encode,
  HeaderDecoder,
  HeadersReader,
  OperationSpec,
  ParamSerializer,
  ParamSpec,
  RequestWriter,
  ResponseSpec,
} from './operation.ts'
export type {
  ApplyCredential,
  Auth,
  Awaitable,
  BasicCredentials,
  CallOptions,
  Client,
  ClientOptions,
  Credential,
  ErrorContext,
  Fetch,
  FetchContext,
  Middleware,
  ParseAs,
  RequestContext,
  RequestDraft,
  RequestParams,
  ResponseContext,
  RetryOptions,
  SecuritySchemeSpec,
  Token,
} from './options.ts'
// Operations with servers of their own (referenced by generated functions)
export { onOwnServer } from './own-server.ts'
// Parameter serialisers of the other styles, and the allowReserved encoder, referenced by descriptors
export {
  deepObject,
  encodeReserved,
  formUnexploded,
  jsonForm,
  jsonSimple,
  label,
  labelExploded,
  matrix,
  matrixExploded,
  pipeDelimited,
  simpleExploded,
  spaceDelimited,
} from './param-styles.ts'
// Building blocks (response decoding and retry delays, for custom transports and tests)
export { parseResponse, responseKey } from './parse-response.ts'
// The request body, referenced by descriptors of operations that declare one
export { writeBody, writeRequest } from './request-body.ts'
// Query, header and cookie parameters, referenced by descriptors of operations that declare them
export { writeParams } from './request-params.ts'
// Response decoders, referenced by descriptors (JSON-or-text bodies are the default)
export { arrayHeader, blobUnlessText, booleanHeader, readHeaders } from './response-decoders.ts'
export type { AnyMember, DataOf, ErrorMember, ErrorOf, ResponseKey, SuccessMember } from './result.ts'
export { retryDelay } from './retry.ts'
export { serverFromTemplates } from './server-templates.ts'
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
// Middleware, as a fetch that runs hooks around another
export { withMiddleware } from './with-middleware.ts'
