/**
 * The operation table as the controls show it, and the lookup of an operation by its generated function
 * name (`getZoo`) or by the operationId the spec writes (`get-zoo`).
 *
 * @module
 */
import type { MockData, MockOperation } from '../data.ts'
import { happyStatus, representativeStatus } from '../status-keys.ts'
import { ControlError } from './control-error.ts'
import type { ControllableMock } from './controllable-mock.ts'

/** One operation, as `GET /__statusline/api/operations` lists it. */
export interface OperationSummary {
  /** The operationId as written in the spec. */
  readonly operationId: string
  /** The generated function's name: the key of `scenario()`. */
  readonly name: string
  readonly method: string
  readonly path: string
  readonly tags: readonly string[]
  /** One representative status per declared response key (`mock.statuses(name)`). */
  readonly statuses: readonly number[]
  /** The declared response keys as the spec writes them (`'200'`, `'4XX'`, `'default'`) and the status each stands for. */
  readonly responses: readonly { readonly key: string; readonly status: number | null }[]
  /** The status answered when nothing is scripted. */
  readonly defaultStatus: number
  readonly summary?: string
}

/** Lists every operation of a mock, in spec order. */
export function describeOperations(mock: ControllableMock): OperationSummary[] {
  return mock.data.operations.map((operation) => ({
    operationId: operation.operationId,
    name: operation.name,
    method: operation.method,
    path: operation.path,
    tags: operation.tags,
    statuses: mock.statuses(operation.name),
    responses: operation.responses.map((response) => ({
      key: response.key,
      status: representativeStatus(operation, response) ?? null,
    })),
    defaultStatus: happyStatus(operation),
    ...(operation.summary === undefined ? {} : { summary: operation.summary }),
  }))
}

/** Finds operations by function name or operationId; built once per mock data. */
export interface OperationLookup {
  /** The operation `ref` names (function name first, then operationId), or undefined. */
  find(ref: string): MockOperation | undefined
  /** Like `find`, but throws a 404 `ControlError` that names the unknown reference. */
  require(ref: string): MockOperation
}

/** Creates the lookup of one mock data. */
export function createOperationLookup(data: MockData): OperationLookup {
  const byName = new Map<string, MockOperation>()
  const byId = new Map<string, MockOperation>()
  for (const operation of data.operations) {
    byName.set(operation.name, operation)
    if (!byId.has(operation.operationId)) byId.set(operation.operationId, operation)
  }
  const find = (ref: string) => byName.get(ref) ?? byId.get(ref)
  return {
    find,
    require(ref) {
      const operation = find(ref)
      if (operation === undefined) {
        throw new ControlError(
          404,
          `[statusline] Failed to find operation "${ref}": no operation has that name or operationId (GET /__statusline/api/operations lists them)`,
        )
      }
      return operation
    },
  }
}
