/**
 * What each mocks module builder returns: the parts `printModule` prints.
 *
 * @module
 */
import type { ImportDeclarationStructure } from 'ts-morph'
import type { ModuleStatement } from '../print-module.ts'

/** The imports and declarations of one generated module. */
export interface ModuleParts {
  readonly imports: readonly ImportDeclarationStructure[]
  readonly declarations: readonly ModuleStatement[]
}
