/**
 * `client.ts`, the typed SDK, and `operation-types.d.ts`, the types of its operations. Both are built
 * from ts-morph structures and statement writers, each printed once (`print-module.ts`):
 *
 * ```ts
 * // operation-types.d.ts
 * import type { ErrorMember, SuccessMember, … } from '@statusline/client'
 * import type { components, paths } from './schema.js'
 * export type NoHeaders = {}
 * // per operation: Params, Result (operation-declarations.ts)
 * export interface OperationTypes { ... }
 *
 * // client.ts
 * import { call, createClient as createRuntimeClient, type CallOptions, … } from '@statusline/client'
 * import type * as types from './operation-types.js'
 * export const servers = [...] as const
 * export const securitySchemes = { ... } as const
 * // per operation: descriptor, function (operation-declarations.ts)
 * export interface Api { ... }
 * export function createClient(options: ClientOptions = {}): Client & Api { ... }
 * function bindOperations<T extends Record<string, BoundOperation>>(operations: T, client: Client): T { ... }
 * ```
 *
 * @module
 */
import type { ApiModel } from '../../model/types.ts'
import { literal } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import { generatedHeader } from '../header.ts'
import { printModule } from '../print-module.ts'
import { constStatement } from '../structures.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import {
  apiInterface,
  BIND_OPERATIONS,
  bindOperationsFunction,
  boundOperationType,
  CLIENT_EXPORTS,
  createClientFunction,
  noHeadersType,
  operationTypesInterface,
} from './client-factory.ts'
import { ImportTracker } from './import-tracker.ts'
import { NameScope } from './name-scope.ts'
import { operationDeclarations } from './operation-declarations.ts'

/** The path of the file, relative to the output directory; `index.ts` imports it as `./client.js`. */
export const CLIENT_FILE = 'client.ts'

/** The path of the operations' types; `client.ts` and `index.ts` import it as `./operation-types.js`. */
export const OPERATION_TYPES_FILE = 'operation-types.d.ts'

/** The two files {@link emitClient} writes. */
export interface ClientFiles {
  /** `client.ts`: descriptors, functions, `Api`, `createClient`. */
  readonly client: GeneratedFile
  /** `operation-types.d.ts`: each operation's `Params` and `Result`, and `OperationTypes`. */
  readonly types: GeneratedFile
}

/** An exported `const name = <literal> as const`. */
function constant(name: string, value: unknown, doc: string): StatementWriter {
  return constStatement({
    isExported: true,
    docs: [doc],
    declarations: [{ name, initializer: `${literal(value)} as const` }],
  })
}

/**
 * Emits `client.ts` and `operation-types.d.ts` for a model. Pure: the same model gives the same text.
 *
 * @example
 * ```ts
 * const { client, types } = emitClient(model, { sourceLabel: 'zoo.yaml' })
 * client.path // 'client.ts'
 * types.path // 'operation-types.d.ts'
 * ```
 */
export function emitClient(model: ApiModel, options: EmitOptions = {}): ClientFiles {
  const scope = new NameScope([
    ...model.operations.map((operation) => operation.name),
    CLIENT_EXPORTS.createClient,
    CLIENT_EXPORTS.servers,
    CLIENT_EXPORTS.securitySchemes,
  ])
  const imports = { client: new ImportTracker(scope), types: new ImportTracker(new NameScope()) }
  const typesModule = imports.client.operationTypes()
  const bindOperations = scope.claim(BIND_OPERATIONS)
  const operations = model.operations.map((operation) =>
    operationDeclarations(operation, imports, scope, typesModule, model.document),
  )
  const names = operations.map((declarations) => declarations.names)
  const header = generatedHeader(model, options)
  const typeStatements = [
    noHeadersType(),
    ...operations.flatMap((declarations) => declarations.types),
    operationTypesInterface(names),
  ]
  const clientStatements = [
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
    ...operations.flatMap((declarations) => declarations.code),
    apiInterface(names),
    createClientFunction(model, names, imports.client, scope, bindOperations),
    boundOperationType(imports.client),
    bindOperationsFunction(bindOperations, imports.client),
  ]
  return {
    client: {
      path: CLIENT_FILE,
      contents: `${header}\n${printModule(imports.client.declarations(), clientStatements)}`,
    },
    types: {
      path: OPERATION_TYPES_FILE,
      contents: `${header}\n${printModule(imports.types.declarations(), typeStatements)}`,
    },
  }
}
