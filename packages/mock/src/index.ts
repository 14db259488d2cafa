/**
 * `@statusline/mock`: the runtime of statusline-generated MSW mocks — schema-driven data, scriptable
 * status scenarios, recorded calls, status coverage and HTTP conformance, request validation, credential
 * checks and a stateful store.
 *
 * @module
 */

// Mock
export { createMock } from './create-mock.ts'
// Mock data (what the generator emits)
export type {
  MockContent,
  MockData,
  MockHeader,
  MockOperation,
  MockParameter,
  MockResponse,
  MockSecurityScheme,
  SchemaObject,
} from './data.ts'
export type {
  CoverageEntry,
  Mock,
  MockOptions,
  OnSampleIssue,
  OnUnhandledScenario,
  RecordedCall,
  UnhandledScenarioEvent,
  UnhandledScenarioSource,
} from './mock-types.ts'
export { type PreferDirectives, parsePrefer } from './prefer-header.ts'

// HTTP helpers
export { type ProblemDetails, problemDetails, reasonPhrase } from './problem-json.ts'
// A REST backend: request validation, error bodies in the spec's shape, credentials, stateful store
export { buildErrorBody, type ErrorBody, type ErrorBodyInput } from './request/error-body.ts'
export type { IssueLocation, RequestIssue } from './request/issues.ts'
export {
  type ParsedRequest,
  type RequestValidation,
  type RequestValidationOptions,
  validateRequest,
} from './request/validate-request.ts'
// Data sampling and validation
export { createSampler, hashSeed, type SampleIssue, type Sampler } from './sample/index.ts'
// Scenarios
export type {
  BodyFor,
  DelayMs,
  ForcedScenarioSpec,
  ForcedScenarioStep,
  OperationName,
  OperationTypeEntry,
  OperationTypeMap,
  ScenarioSpec,
  ScenarioStep,
  UntypedOperations,
  WildcardScenarioSpec,
  WildcardScenarioStep,
} from './scenario-types.ts'
export { createSchemaView, type SchemaView } from './schema-view/schema-view.ts'
export {
  type Credential,
  type CredentialCheck,
  type CredentialOptions,
  checkCredentials,
} from './security/check-credentials.ts'
export type { StoreAnswer } from './state/answers.ts'
export {
  inferResources,
  type Resource,
  type ResourceOverride,
  type ResourceOverrides,
} from './state/resources.ts'
export {
  createStore,
  type StatefulOptions,
  type Store,
  type StoreOptions,
  type StoreRequest,
} from './state/store.ts'
export { createValidator, type SchemaValidator } from './validate/index.ts'
