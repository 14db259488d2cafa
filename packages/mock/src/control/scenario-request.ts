/**
 * A scenario as the admin API and the panel send it — `{ status, body?, headers?, delay? }`, a bare
 * status, or `{ sequence: [...] }`, each with an optional `force: true` for undeclared statuses — checked
 * and turned into the arguments of `mock.scenario()` / `mock.forceScenario()`.
 *
 * @module
 */
import type { MockOperation } from '../data.ts'
import { tooDeep } from '../request/nesting.ts'
import { isDeclared, isHttpStatus } from '../status-keys.ts'
import { ControlError } from './control-error.ts'

/** One step: a status, or a status with a body, headers and a delay. */
export type ScenarioStepInput =
  | number
  | {
      readonly status: number
      readonly body?: unknown
      readonly headers?: Readonly<Record<string, string>>
      readonly delay?: number
    }

/** A checked scenario request. */
export interface ScenarioRequest {
  /** One step, or the steps of a sequence (played in order, then staying on the last). */
  readonly steps: readonly ScenarioStepInput[]
  /** True when the request was a `sequence` (even of one step). */
  readonly sequence: boolean
  /** Allow statuses the operation does not declare (`forceScenario`). */
  readonly force: boolean
}

const STEP_KEYS = new Set(['status', 'body', 'headers', 'delay'])
const REQUEST_KEYS = new Set([...STEP_KEYS, 'force', 'sequence'])

function bad(where: string, reason: string): never {
  throw new ControlError(400, `[statusline] Failed to script ${where}: ${reason}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A field's value as the message shows it: JSON, except numbers JSON cannot write (`1e400` reads as Infinity). */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(JSON.stringify(value))
}

function checkStep(where: string, value: unknown, label: string): ScenarioStepInput {
  if (typeof value === 'number') {
    if (!isHttpStatus(value)) bad(where, `${label} ${value} is not a final HTTP status (an integer 200–599)`)
    return value
  }
  if (!isRecord(value))
    bad(where, `${label} must be a status or an object { status, body?, headers?, delay? }`)
  for (const key of Object.keys(value)) {
    if (!STEP_KEYS.has(key))
      bad(where, `${label} has an unknown field "${key}" (allowed: status, body, headers, delay)`)
  }
  const { status, body, headers, delay } = value
  if (!isHttpStatus(status))
    bad(where, `${label}.status must be a final HTTP status (an integer 200–599), got ${shown(status)}`)
  if (headers !== undefined) {
    if (!isRecord(headers)) bad(where, `${label}.headers must be an object of header names to strings`)
    for (const [name, text] of Object.entries(headers)) {
      if (typeof text !== 'string') bad(where, `${label}.headers["${name}"] must be a string`)
    }
  }
  // A body the mock could not serialize: stored, it made every answer of the operation, and the
  // scenario list, a 500 "Maximum call stack size exceeded" until it was reset.
  const deep = body === undefined ? undefined : tooDeep(body, 'answers')
  if (deep !== undefined) bad(where, `${label}.body ${deep}`)
  if (delay !== undefined && (typeof delay !== 'number' || !Number.isFinite(delay) || delay < 0)) {
    bad(where, `${label}.delay must be a number of milliseconds ≥ 0, got ${shown(delay)}`)
  }
  return value as ScenarioStepInput
}

/**
 * Checks a scenario request for the operation named `where` (for messages); throws a 400 `ControlError`
 * that names the offending field.
 *
 * @example
 * ```ts
 * parseScenarioRequest('getZoo', { status: 404, delay: 300 })
 * parseScenarioRequest('createZoo', { sequence: [503, 503, 201] })
 * ```
 */
export function parseScenarioRequest(where: string, value: unknown): ScenarioRequest {
  if (typeof value === 'number')
    return { steps: [checkStep(where, value, 'status')], sequence: false, force: false }
  if (!isRecord(value))
    bad(where, 'expected a JSON object { status, body?, headers?, delay?, force? } or { sequence: [...] }')
  for (const key of Object.keys(value)) {
    if (!REQUEST_KEYS.has(key)) {
      bad(where, `unknown field "${key}" (allowed: status, body, headers, delay, force, sequence)`)
    }
  }
  const force = value.force ?? false
  if (typeof force !== 'boolean') bad(where, '`force` must be true or false')
  if (value.sequence !== undefined) {
    const { sequence } = value
    const beside = [...STEP_KEYS].filter((key) => key in value)
    if (beside.length > 0) {
      const names = beside.map((key) => `"${key}"`).join(', ')
      bad(
        where,
        `${names} cannot go next to \`sequence\`: give each step its own, as in {"sequence": [{"status": 503, "delay": 800}, 200]}`,
      )
    }
    if (!Array.isArray(sequence) || sequence.length === 0)
      bad(where, '`sequence` must be a non-empty array of steps')
    return {
      steps: sequence.map((step, index) => checkStep(where, step, `sequence[${index}]`)),
      sequence: true,
      force,
    }
  }
  const { force: _force, ...step } = value
  return { steps: [checkStep(where, step, 'scenario')], sequence: false, force }
}

/** The status of a step. */
export function stepStatus(step: ScenarioStepInput): number {
  return typeof step === 'number' ? step : step.status
}

/** Throws a 400 `ControlError` when a step's status is not declared by the operation and `force` is off. */
export function checkDeclared(operation: MockOperation, request: ScenarioRequest): void {
  if (request.force) return
  for (const step of request.steps) {
    const status = stepStatus(step)
    if (!isDeclared(operation, status)) {
      const declared = operation.responses.map((response) => response.key).join(', ') || 'none'
      bad(
        operation.name,
        `status ${status} is not declared (declared: ${declared}); send "force": true to answer it anyway`,
      )
    }
  }
}
