/**
 * `client.ts`: the typed SDK. Built from ts-morph structures, created once as an in-memory source file
 * and printed once:
 *
 * ```ts
 * import { call, createClient as createRuntimeClient, type CallOptions, … } from '@statusline/client'
 * import type { components, paths } from './schema.js'
 * export const servers = [...] as const
 * export const securitySchemes = { ... } as const
 * // per operation: Params, Result, descriptor, function (operation-declarations.ts)
 * export interface OperationTypes { ... }
 * export interface Api { ... }
 * export function createClient(options: ClientOptions = {}): Client & Api { ... }
 * ```
 *
 * @module
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from 'ts-morph'
import type { ApiModel } from '../../model/types.ts'
import { literal } from '../code-text.ts'
import { generatedHeader } from '../header.ts'
import { type ModuleStatement, printModule } from '../print-module.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import {
  apiInterface,
  CLIENT_EXPORTS,
  createClientFunction,
  operationTypesInterface,
} from './client-factory.ts'
import { ImportTracker } from './import-tracker.ts'
import { NameScope } from './name-scope.ts'
import { operationDeclarations } from './operation-declarations.ts'

/** The path of the file, relative to the output directory; `index.ts` imports it as `./client.js`. */
export const CLIENT_FILE = 'client.ts'

/** An exported `const name = <literal> as const`. */
function constant(name: string, value: unknown, doc: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, initializer: `${literal(value)} as const` }],
  }
}

/**
 * Emits `client.ts` for a model. Pure: the same model gives the same text.
 *
 * @example
 * ```ts
 * const file = emitClient(model, { sourceLabel: 'zoo.yaml' })
 * file.path // 'client.ts'
 * ```
 */
export function emitClient(model: ApiModel, options: EmitOptions = {}): GeneratedFile {
  const scope = new NameScope([
    ...model.operations.map((operation) => operation.name),
    CLIENT_EXPORTS.createClient,
    CLIENT_EXPORTS.servers,
    CLIENT_EXPORTS.securitySchemes,
  ])
  const imports = new ImportTracker(scope)
  const operations = model.operations.map((operation) =>
    operationDeclarations(operation, imports, scope, model.document),
  )
  const names = operations.map((declarations) => declarations.names)
  const statements: ModuleStatement[] = [
    constant(
      CLIENT_EXPORTS.servers,
      model.servers,
      'Server URLs declared by the spec; the first is the default base URL.',
    ),
    constant(
      CLIENT_EXPORTS.securitySchemes,
      model.securitySchemes,
      'Security schemes of the spec, by name, as the runtime applies them.',
    ),
    ...operations.flatMap((declarations) => declarations.statements),
    operationTypesInterface(names),
    apiInterface(names, imports),
    createClientFunction(model, names, imports, scope),
  ]
  const text = printModule(imports.declarations(), statements)
  return { path: CLIENT_FILE, contents: `${generatedHeader(model, options)}\n${text}` }
}
