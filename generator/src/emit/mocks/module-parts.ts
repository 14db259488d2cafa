/**
 * What each mocks module builder returns: the parts `printModule` prints.
 *
 * @module
 */
import type { ModuleStatement } from '../print-module.ts'
import type { ImportStructure } from '../structures.ts'

/** The imports and declarations of one generated module. */
export interface ModuleParts {
  readonly imports: readonly ImportStructure[]
  readonly declarations: readonly ModuleStatement[]
}
