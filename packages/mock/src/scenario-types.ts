/**
 * The types of scripted scenarios: what `mock.scenario()` accepts for one operation, with the status
 * limited to the statuses the operation declares and the body typed for that status.
 *
 * The generated `OperationTypes` interface of an SDK gives, per operation, its result union and its
 * declared statuses:
 *
 * ```ts
 * export interface OperationTypes {
 *   getZoo: { params: GetZooParams; result: GetZooResult; statuses: 200 | 404 | Exclude<Status4xx, 404> }
 * }
 * ```
 *
 * @module
 */
import type { AnyStatus } from '@statusline/client'

/** What the mock needs to know about one operation's types (a member of the generated `OperationTypes`). */
export interface OperationTypeEntry {
  /** The union of result members (`SuccessMember | ErrorMember`) of the operation. */
  readonly result: unknown
  /** The statuses the operation declares (ranges expanded, `default` as the undeclared rest). */
  readonly statuses: number
}

/** A map from operation name to its types: the shape of a generated `OperationTypes` interface. */
export type OperationTypeMap<Ops> = { readonly [K in keyof Ops]: OperationTypeEntry }

/** The operations of an untyped mock: any name, any status, any body. */
export type UntypedOperations = Record<
  string,
  { readonly result: { readonly status: AnyStatus; readonly data: unknown }; readonly statuses: AnyStatus }
>

/** The operation names of `Ops` usable as `scenario()` keys. */
export type OperationName<Ops> = keyof Ops & string

/**
 * The body type of the result members whose status set contains `S`: their `data` (2xx) or `error`
 * (other statuses). Distributes over the members of `R` and over a union `S`.
 *
 * @example
 * ```ts
 * type Body = BodyFor<GetZooResult, 404> // the 404 member's error type
 * ```
 */
export type BodyFor<R, S> = R extends { readonly status: infer RS }
  ? S extends RS
    ? R extends { readonly data: infer D }
      ? D
      : R extends { readonly error: infer E }
        ? E
        : never
    : never
  : never

/** A delay in milliseconds before the answer is sent (`msw`'s `delay(ms)`). */
export type DelayMs = number

/** One scripted answer for an operation: a declared status, optionally with body, headers and delay. */
export interface ScenarioSpec<S extends number = number, B = unknown> {
  /** The status to answer with. */
  readonly status: S
  /** The body to send instead of a generated one (ignored for 204, 205, 304 and HEAD requests). */
  readonly body?: B
  /**
   * Headers to set; they win over generated headers and over conformance defaults. Names must be HTTP
   * tokens and values Latin-1 text without CR, LF or NUL; `Content-Length`, `Transfer-Encoding` and
   * `Connection` are the mock's to set.
   */
  readonly headers?: Readonly<Record<string, string>>
  /** Milliseconds to wait before answering, at most 2³¹ − 1 (overrides `MockOptions.delay`). */
  readonly delay?: DelayMs
}

/** A scripted answer for an undeclared status (`forceScenario`): any final status 200–599, any body. */
export type ForcedScenarioSpec = ScenarioSpec<number, unknown>

/** A scripted answer for every operation (`scenario('*', …)`): any status, no body. */
export type WildcardScenarioSpec = Omit<ScenarioSpec<AnyStatus, never>, 'body'>

/** One step of a scripted sequence for operation type `Op`: a declared status, or a spec for one. */
export type ScenarioStep<Op extends OperationTypeEntry> =
  | Op['statuses']
  | { [S in Op['statuses']]: ScenarioSpec<S, BodyFor<Op['result'], S>> }[Op['statuses']]

/** One step of a wildcard sequence. */
export type WildcardScenarioStep = AnyStatus | WildcardScenarioSpec

/** One step of a forced sequence. */
export type ForcedScenarioStep = number | ForcedScenarioSpec
