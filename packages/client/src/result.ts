/**
 * The members of an operation's result union. Generated code writes one member per declared response
 * key, for example:
 *
 * ```ts
 * type GetZooResult =
 *   | SuccessMember<200, 200, Zoo, { 'x-rate-limit': number }>
 *   | ErrorMember<404, 404, ErrorBody, {}>
 *   | ErrorMember<'4XX', Exclude<Status4xx, 404>, ErrorBody, {}>
 *   | SuccessMember<'default', Exclude<Status2xx, 200>, unknown, {}>
 *   | ErrorMember<'default', Exclude<ErrorStatus, 404 | Status4xx>, unknown, {}>
 * ```
 *
 * `status` discriminates (`switch (res.status)` narrows to exactly one body type), `ok` splits 2xx
 * from the rest, and `key` names the spec's response key, which `match()` dispatches on.
 *
 * @module
 */

/** The response key a member stands for: a literal status, a range such as `'4XX'`, or `'default'`. */
export type ResponseKey = number | `${1 | 2 | 3 | 4 | 5}XX` | 'default'

/**
 * A 2xx member: `data` holds the decoded body (undefined for 204/205 and content-less responses, whose
 * body is never read).
 */
export interface SuccessMember<K extends ResponseKey, S extends number, D, H> {
  readonly ok: true
  readonly status: S
  /** The response key of the spec this member stands for. */
  readonly key: K
  readonly data: D
  /** Declared response headers, lower-case names, values decoded per their schema. */
  readonly headers: H
  /** The raw fetch `Response` (its body already consumed unless the member has no content). */
  readonly response: Response
}

/** A non-2xx member: `error` holds the decoded body (undefined for 304 and content-less responses). */
export interface ErrorMember<K extends ResponseKey, S extends number, E, H> {
  readonly ok: false
  readonly status: S
  /** The response key of the spec this member stands for. */
  readonly key: K
  readonly error: E
  /** Declared response headers, lower-case names, values decoded per their schema. */
  readonly headers: H
  /** The raw fetch `Response` (its body already consumed unless the member has no content). */
  readonly response: Response
}

/** Any member of any result union. */
// biome-ignore-start lint/suspicious/noExplicitAny: the widest member type, used only as a constraint.
export type AnyMember =
  | SuccessMember<ResponseKey, number, any, any>
  | ErrorMember<ResponseKey, number, any, any>
// biome-ignore-end lint/suspicious/noExplicitAny: the widest member type, used only as a constraint.

/** The data type of a result union's 2xx members. */
export type DataOf<R extends AnyMember> =
  Extract<R, { readonly ok: true }> extends infer M
    ? M extends { readonly data: infer D }
      ? D
      : never
    : never

/** The error type of a result union's non-2xx members. */
export type ErrorOf<R extends AnyMember> =
  Extract<R, { readonly ok: false }> extends infer M
    ? M extends { readonly error: infer E }
      ? E
      : never
    : never
