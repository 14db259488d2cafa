/**
 * The public surface of a mock: its options, what it records, and the `Mock` object `createMock` returns.
 *
 * @module
 */
import type { AnyStatus } from '@statusline/client'
import type { HttpHandler } from 'msw'
import type { MockData } from './data.ts'
import type { SampleIssue } from './sample/types.ts'
import type {
  BodyFor,
  ForcedScenarioSpec,
  ForcedScenarioStep,
  OperationName,
  OperationTypeMap,
  ScenarioSpec,
  ScenarioStep,
  WildcardScenarioSpec,
  WildcardScenarioStep,
} from './scenario-types.ts'
import type { StatefulOptions } from './state/store.ts'

/** Where a status that the operation does not declare came from. */
export type UnhandledScenarioSource = 'wildcard' | 'forced' | 'prefer'

/** Reported to `onUnhandledScenario` when an answer's status is not declared by the operation. */
export interface UnhandledScenarioEvent {
  readonly operation: string
  readonly status: number
  readonly source: UnhandledScenarioSource
}

/**
 * What to do when a status the operation does not declare is asked for (by `scenario('*', …)`,
 * `forceScenario` or a `Prefer: code=` header):
 * - `'ignore'` (default): scripted statuses are answered anyway (an error status with an RFC 9457
 *   problem+json body); an undeclared `Prefer: code=` is ignored and the default answer is sent;
 * - `'warn'`: the same, plus one `console.warn` per operation and status;
 * - `'error'`: the request is answered `500` with a problem+json body that names the mistake;
 * - a function: called with the event, then as `'ignore'`.
 */
export type OnUnhandledScenario = 'ignore' | 'warn' | 'error' | ((event: UnhandledScenarioEvent) => void)

/**
 * What to do when no value the sampler draws is valid against its schema (a contradictory or
 * unsatisfiable schema: `minLength` over `maxLength`, a `pattern` it cannot match…), so the mock answers
 * the nearest value it found:
 * - `'warn'` (default): one `console.warn` per place (what the value is for, and the path inside it);
 * - `'ignore'`: nothing;
 * - a function: called with every issue.
 */
export type OnSampleIssue = 'warn' | 'ignore' | ((issue: SampleIssue) => void)

/** Options of `createMock`. */
export interface MockOptions {
  /**
   * The base URL the handlers answer under. Defaults to the spec's first server. A relative URL such as
   * `/v1` (or no server at all) matches requests to any origin.
   */
  readonly baseUrl?: string
  /** Seed of the generated data: the same seed gives the same bodies. Default `1`. */
  readonly seed?: number
  /** Milliseconds to wait before every answer (a scenario's own `delay` wins). Default: none. */
  readonly delay?: number
  /** Answer with the spec's examples where it has them, instead of generated data. Default `false`. */
  readonly useExamples?: boolean
  /** Maximum nesting depth of generated data for recursive schemas (passed to the sampler). */
  readonly maxDepth?: number
  /** Seconds sent in `Retry-After` on 429 and 503 answers. Default `1`. */
  readonly retryAfter?: number
  /** What to do with statuses the operation does not declare. Default `'ignore'`. */
  readonly onUnhandledScenario?: OnUnhandledScenario
  /** What to do when generated data cannot satisfy its schema. Default `'warn'`. */
  readonly onSampleIssue?: OnSampleIssue
  /**
   * Validate requests against the operation: parameters (style, type, required, enum, format, bounds)
   * and the body (Content-Type → 415, `Accept` → 406, size → 413, parse and schema → 400, or the 422 the
   * operation declares). Error bodies take the spec's declared error shape. Default `true`.
   */
  readonly validate?: boolean
  /**
   * Answer 401 (with `WWW-Authenticate`) when a secured operation gets no well-formed credential for any
   * of its security alternatives (bearer, basic, API key in header/query/cookie). Default `true`.
   */
  readonly security?: boolean
  /**
   * Keep resources in memory: POST on a collection stores (201 + `Location`), GET reads (or 404), PUT/PATCH
   * update, DELETE removes, lists filter, sort and paginate. `true` or options. Default `false`.
   */
  readonly stateful?: boolean | StatefulOptions
  /** Answer 405 with `Allow` for an undeclared method on a known path (and 204 + `Allow` for OPTIONS). Default `true`. */
  readonly methodNotAllowed?: boolean
  /**
   * What a request under the base URL that matches no path of the spec gets: `'404'` (problem+json) or
   * `'passthrough'` (MSW's next handler or `onUnhandledRequest`). Without a base URL (no server, no
   * `baseUrl`), unknown paths always pass through. Default `'404'`.
   */
  readonly unknownPath?: '404' | 'passthrough'
  /** The largest request body accepted, in bytes; larger ones get 413. Default 1 MiB. */
  readonly bodyLimit?: number
  /**
   * How many recorded calls `calls()` keeps; older ones are dropped (a long-running mock server would
   * otherwise grow without bound). Coverage is not affected. Default: all of them.
   */
  readonly maxCalls?: number
}

/** One request the mock answered, for assertions. */
export interface RecordedCall {
  /** The operation's name (the generated function's name). */
  readonly operation: string
  /** Upper-case method. */
  readonly method: string
  /** The full request URL. */
  readonly url: string
  /** Path parameters, decoded, by the names the spec writes. */
  readonly path: Readonly<Record<string, string>>
  /** Query parameters; a repeated name gives an array. */
  readonly query: Readonly<Record<string, string | readonly string[]>>
  /** Request headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  /**
   * The request body: parsed JSON, a form as a record (files as `{ name, type, size }`), text, bytes
   * (`Uint8Array`) for binary media types, `undefined` when there is none.
   */
  readonly body: unknown
  /** The status answered; `0` for a network error. */
  readonly status: number
  /** `Date.now()` when the request arrived. */
  readonly timestamp: number
}

/** Which declared response keys of one operation were answered in this run. */
export interface CoverageEntry {
  readonly operation: string
  /** Keys answered at least once, as the spec writes them: `'200'`, `'4XX'`, `'default'`. */
  readonly exercised: readonly string[]
  /** Declared keys never answered. */
  readonly missing: readonly string[]
}

/**
 * A mock of an API: MSW handlers plus the controls to script them.
 *
 * Which answer a request gets, first match wins:
 * 1. `networkError(op)` (or `networkError('*')`): the request fails like a dropped connection;
 * 2. a scripted scenario: `scenario(op, …)` / `forceScenario(op, …)`, else `scenario('*', …)` — a test
 *    that scripts a status gets it, whatever the request carries;
 * 3. automatic answers, each of which an option turns off:
 *    - `405 Method Not Allowed` + `Allow` for a method the path does not declare (`methodNotAllowed`;
 *      `OPTIONS` gets `204` + `Allow`), and `404` problem+json for a path under the base URL that the
 *      spec does not declare (`unknownPath`) — these requests match no operation, so only
 *      `networkError('*')`/`scenario('*')` do not apply to them;
 *    - `401 Unauthorized` + `WWW-Authenticate` when no security alternative is satisfied (`security`);
 *    - `415` (Content-Type), `406` (Accept), `413` (body over `bodyLimit`) (`validate`);
 *    - `400 Bad Request`, or the `422` the operation declares, for parameters or a body that fail the
 *      schema, with the spec's declared error shape naming each failing field (`validate`);
 * 4. the `Prefer` request header (Prism-compatible): `Prefer: code=404` answers that status when the
 *    operation declares it or a range/`default` covers it; `example=<name>` answers that named example of
 *    the response; `dynamic=true` generates the body even with `useExamples`, `dynamic=false` answers the
 *    response's example when it has one. Directives combine: `Prefer: code=404, example=missing`; a
 *    directive given twice counts as first given, and one the mock cannot follow (`code=abc`, an
 *    `example=` the response does not have) gets `400` problem+json naming it;
 * 5. stateful mode (`stateful`): the store's answer for a CRUD operation of an inferred resource
 *    (201 + `Location`, the stored item, 404 for an unknown id, 204 on DELETE, filtered pages; 412 for a
 *    `PUT`/`PATCH`/`DELETE` whose `If-Match`/`If-None-Match` fails, nothing written);
 * 6. the default answer, generated: 200 when declared, else the first declared 2xx, else `default` as
 *    200, else the first declared key.
 *
 * Every answer, generated or scripted, then goes through the HTTP conformance rules (`Location` on
 * 201/202/3xx, `WWW-Authenticate` on 401, `Allow` on 405, `Retry-After` on 429/503, a strong `ETag` on
 * 2xx answers with a body to GET/HEAD, no body on 204/205/304, problem+json for error statuses without
 * a declared body). An unscripted 2xx to GET/HEAD whose `If-None-Match` matches its `ETag` becomes
 * `304 Not Modified`; one whose `If-Match` does not, `412`.
 */
export interface Mock<Ops extends OperationTypeMap<Ops>> {
  /**
   * One MSW handler per operation, static path segments ordered before parameters, then (unless both
   * `methodNotAllowed` and `unknownPath: '404'` are off) one fallback handler that answers 405 + `Allow`
   * for undeclared methods on known paths and 404 for unknown paths under the base URL.
   */
  readonly handlers: readonly HttpHandler[]
  /** The mock data the mock answers from (its operations, for panels and admin APIs). */
  readonly data: MockData
  /**
   * The largest request body the mock accepts, in bytes (the `bodyLimit` option, default 1 MiB), or
   * `undefined` when it does not validate requests (`validate: false`) and so refuses no body for its
   * size. The standalone server refuses an `Expect: 100-continue` request whose `Content-Length` is
   * larger with 413 before the body is sent.
   */
  readonly bodyLimit: number | undefined
  /**
   * Scripts an operation: a declared status, a spec with a body typed for that status, or a sequence
   * that is played in order and then stays on its last step. `'*'` scripts every operation; an
   * operation's own scenario wins over `'*'`.
   *
   * @example
   * ```ts
   * mock.scenario('getZoo', 404)
   * mock.scenario('getZoo', { status: 200, body: { id: 1, name: 'Berlin' }, delay: 300 })
   * mock.scenario('createZoo', [503, 503, 201])
   * mock.scenario('*', 500)
   * ```
   */
  scenario<K extends OperationName<Ops>>(operation: K, status: Ops[K]['statuses']): void
  scenario<K extends OperationName<Ops>, S extends Ops[K]['statuses']>(
    operation: K,
    spec: ScenarioSpec<S, BodyFor<Ops[K]['result'], S>>,
  ): void
  scenario<K extends OperationName<Ops>>(operation: K, sequence: readonly ScenarioStep<Ops[K]>[]): void
  scenario(operation: '*', scenario: AnyStatus | WildcardScenarioSpec | readonly WildcardScenarioStep[]): void
  /**
   * Scripts an operation with any status, declared or not, and an untyped body: the escape hatch for
   * testing how a client copes with what the spec does not promise.
   *
   * @example
   * ```ts
   * mock.forceScenario('getZoo', { status: 418, body: 'teapot' })
   * ```
   */
  forceScenario(
    operation: OperationName<Ops>,
    scenario: number | ForcedScenarioSpec | readonly ForcedScenarioStep[],
  ): void
  /** Makes every request of the operation (or of every operation, `'*'`) fail with a network error. */
  networkError(operation: OperationName<Ops> | '*'): void
  /**
   * Forgets what `scenario`, `forceScenario` and `networkError` scripted for one operation (`'*'`: the
   * wildcard scenario and network error), keeping recorded calls and coverage.
   */
  clearScenario(operation: OperationName<Ops> | '*'): void
  /**
   * Calls `listener` after every recorded request (with its answered status); returns the function that
   * unsubscribes it. For live request logs.
   */
  onCall(listener: (call: RecordedCall) => void): () => void
  /** The requests the operation (or, without an argument, every operation) received, oldest first. */
  calls(operation?: OperationName<Ops>): readonly RecordedCall[]
  /**
   * One status per declared response key, in spec order, for exhaustive tests: a literal key gives its
   * status; a range (`4XX`) its first status not declared separately (`400` unless declared); `default`
   * the first undeclared of 500–599, else of 400–499.
   */
  statuses<K extends OperationName<Ops>>(operation: K): Ops[K]['statuses'][]
  /** Per operation, the declared response keys answered in this run and those never answered. */
  coverage(): readonly CoverageEntry[]
  /** A printable table of `coverage()`: operation, exercised keys, missing keys, and the overall %. */
  coverageReport(): string
  /** Forgets scenarios, network errors, sequence positions, recorded calls, coverage and, in stateful mode, every change to the stored resources. */
  reset(): void
}
