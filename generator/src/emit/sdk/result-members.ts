/**
 * The members of an operation's result union (OpenAPI 3.1 §4.8.16 Responses Object): one member per
 * declared status key, so `switch (res.status)` narrows to exactly one body type.
 *
 * - `200` → `SuccessMember<200, 200, …>`; `404` → `ErrorMember<404, 404, …>` (2xx are success members;
 *   1xx, 3xx, 4xx and 5xx are error members, since `Response.ok` is false for them);
 * - `4XX` → `ErrorMember<'4XX', Exclude<Status4xx, 404>, …>`: the class minus its literal keys;
 * - `default`, declared or not, → two members keyed `'default'`: `SuccessMember<'default',
 *   Exclude<Status2xx, declared 2xx>, …>` and `ErrorMember<'default', <the undeclared non-2xx statuses>,
 *   …>`, written class by class (`Status1xx | Status3xx | Exclude<Status4xx, 404> | Status5xx`). The error member carries the `default` body (`unknown` when none is declared). The
 *   success member carries the bodies of the declared 2xx responses (so `if (res.ok) res.data` stays
 *   the declared data, as specs use `default` for errors), else the `default` body, else `unknown`;
 * - a member whose status set is empty (every 2xx declared) is left out.
 *
 * @module
 */
import type { Operation, Response } from '../../model/types.ts'
import { responseBodyType, responseHeadersType } from './body-types.ts'
import type { ImportTracker } from './import-tracker.ts'

/** One member of a result union, as type text. */
export interface ResultMember {
  /** `SuccessMember` for 2xx statuses, `ErrorMember` for the others. */
  readonly success: boolean
  /** The `K` argument: `200`, `'4XX'` or `'default'`. */
  readonly key: string
  /** The `S` argument: `200`, `Exclude<Status4xx, 404>`, … */
  readonly status: string
  /** The `D`/`E` argument: the body type. */
  readonly body: string
  /** The `H` argument: the headers type. */
  readonly headers: string
}

/** How many statuses each class (1xx … 5xx) has. */
const CLASS_SIZE = 100

/** What an operation declares, by status class. */
interface Declared {
  /** Literal status keys, in spec order, each once. */
  readonly literals: readonly number[]
  /** Classes declared as ranges (`4XX` → 4). */
  readonly ranges: ReadonlySet<number>
  readonly defaultResponse: Response | undefined
}

function declaredOf(operation: Operation): Declared {
  const literals = [...new Set(operation.responses.filter((r) => r.kind === 'status').map((r) => r.code))]
  const ranges = new Set(operation.responses.filter((r) => r.kind === 'range').map((r) => r.code))
  return { literals, ranges, defaultResponse: operation.responses.find((r) => r.kind === 'default') }
}

/** The digit of a status's class (404 → 4). */
const classOf = (status: number): number => Math.floor(status / 100)

/** `Exclude<all, a | b>`, or `all` when nothing is excluded. */
function excluding(all: string, excluded: readonly string[]): string {
  return excluded.length === 0 ? all : `Exclude<${all}, ${excluded.join(' | ')}>`
}

/** The statuses of class `digit` that its literal keys leave to the range; undefined when none are left. */
function rangeStatus(digit: number, declared: Declared, imports: ImportTracker): string | undefined {
  const literals = declared.literals.filter((status) => classOf(status) === digit)
  if (literals.length >= CLASS_SIZE) return undefined
  return excluding(imports.runtimeType(`Status${digit}xx`), literals.map(String))
}

/**
 * The statuses of `classes` that no key declares, or undefined when every one is declared. A class
 * declared as a range is left out whole; the literal keys of the others are excluded class by class:
 * `Status1xx | Status3xx | Exclude<Status4xx, 404> | Status5xx` rather than `Exclude<ErrorStatus, 404>`,
 * which names the same statuses but makes tsc test each of 400 statuses instead of 100 (GitHub's API
 * has about 150 such sets). With nothing declared in `classes` it is `whole`, e.g. `ErrorStatus`.
 */
function undeclaredStatuses(
  classes: readonly number[],
  declared: Declared,
  imports: ImportTracker,
  whole: string,
): string | undefined {
  const left: (readonly [digit: number, literals: readonly number[]])[] = []
  let excluded = false
  for (const digit of classes) {
    const literals = declared.literals.filter((status) => classOf(status) === digit)
    if (declared.ranges.has(digit) || literals.length > 0) excluded = true
    if (!declared.ranges.has(digit) && literals.length < CLASS_SIZE) left.push([digit, literals])
  }
  if (left.length === 0) return undefined
  if (!excluded) return imports.runtimeType(whole)
  return left
    .map(([digit, literals]) => excluding(imports.runtimeType(`Status${digit}xx`), literals.map(String)))
    .join(' | ')
}

/** The 2xx statuses nothing declares, or undefined when every 2xx is declared. */
function undeclaredSuccess(declared: Declared, imports: ImportTracker): string | undefined {
  return undeclaredStatuses([2], declared, imports, 'Status2xx')
}

/** The non-2xx statuses nothing declares, or undefined when every one is declared. */
function undeclaredErrors(declared: Declared, imports: ImportTracker): string | undefined {
  return undeclaredStatuses([1, 3, 4, 5], declared, imports, 'ErrorStatus')
}

/** Whether a response key stands for 2xx statuses (`200`, `2XX`). */
const isSuccessKey = (response: Response): boolean =>
  (response.kind === 'status' && classOf(response.code) === 2) ||
  (response.kind === 'range' && response.code === 2)

/** The members of the union for a `default` key, declared (`response`) or not. */
function defaultMembers(
  operation: Operation,
  declared: Declared,
  imports: ImportTracker,
  document: unknown,
): ResultMember[] {
  const response = declared.defaultResponse
  const body = response === undefined ? 'unknown' : responseBodyType(operation, response, imports)
  const headers = responseHeadersType(response, document)
  const members: ResultMember[] = []
  const success = undeclaredSuccess(declared, imports)
  if (success !== undefined) {
    const declaredData = [
      ...new Set(
        operation.responses
          .filter((r) => isSuccessKey(r) && !r.noContent)
          .map((r) => responseBodyType(operation, r, imports)),
      ),
    ]
    const data = declaredData.length > 0 ? declaredData.join(' | ') : body
    members.push({ success: true, key: "'default'", status: success, body: data, headers })
  }
  const errors = undeclaredErrors(declared, imports)
  if (errors !== undefined) members.push({ success: false, key: "'default'", status: errors, body, headers })
  return members
}

/** The members of an operation's result union, in spec order; undeclared statuses last. */
export function resultMembers(
  operation: Operation,
  imports: ImportTracker,
  document: unknown,
): ResultMember[] {
  const declared = declaredOf(operation)
  const members: ResultMember[] = []
  const seen = new Set<string>()
  for (const response of operation.responses) {
    if (response.kind === 'default') {
      members.push(...defaultMembers(operation, declared, imports, document))
      continue
    }
    const key = response.kind === 'range' ? `'${response.code}XX'` : String(response.code)
    if (seen.has(key)) continue
    seen.add(key)
    const status = response.kind === 'range' ? rangeStatus(response.code, declared, imports) : key
    if (status === undefined) continue
    const success = (response.kind === 'range' ? response.code : classOf(response.code)) === 2
    const body = responseBodyType(operation, response, imports)
    members.push({ success, key, status, body, headers: responseHeadersType(response, document) })
  }
  if (declared.defaultResponse === undefined)
    members.push(...defaultMembers(operation, declared, imports, document))
  return members
}

/**
 * The statuses an operation declares, for `OperationTypes[name]['statuses']` (what a mock may be
 * scripted to answer): its literal keys and its ranges' remaining statuses or, with a declared
 * `default`, every status (`AnyStatus`). The undeclared catch-all of an operation without `default` is
 * not included.
 */
export function declaredStatuses(operation: Operation, imports: ImportTracker): string {
  const declared = declaredOf(operation)
  if (declared.defaultResponse !== undefined) return imports.runtimeType('AnyStatus')
  const parts = declared.literals.map(String)
  for (const digit of [...declared.ranges].sort((a, b) => a - b)) {
    const status = rangeStatus(digit, declared, imports)
    if (status !== undefined) parts.push(status)
  }
  return parts.length === 0 ? 'never' : parts.join(' | ')
}

/** The type text of one member: `SuccessMember<200, 200, Zoo, {}>`. */
export function memberType(member: ResultMember, imports: ImportTracker): string {
  const name = imports.runtimeType(member.success ? 'SuccessMember' : 'ErrorMember')
  return `${name}<${member.key}, ${member.status}, ${member.body}, ${member.headers}>`
}
