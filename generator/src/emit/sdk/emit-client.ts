/**
 * The typed SDK as `client.js` (the code) with `client.d.ts` (its declarations), and
 * `operation-types.d.ts`, the types of its operations. All three are built from ts-morph structures and
 * statement writers, each printed once (`print-module.ts`):
 *
 * ```ts
 * // operation-types.d.ts
 * import type { ErrorMember, SuccessMember, … } from '@statusline/client'
 * import type { components, paths } from './schema.js'
 * export type NoHeaders = {}
 * // per operation: Params, Result (operation-declarations.ts)
 * export interface OperationTypes { ... }
 *
 * // client.d.ts
 * import type { CallOptions, Client, ClientOptions } from '@statusline/client'
 * import type * as types from './operation-types.js'
 * export declare const servers: readonly [...]
 * export declare const serverTemplates: readonly [...] // when a server URL has variables
 * export declare const securitySchemes: { ... }
 * // per operation: the function's signature and doc (operation-declarations.ts)
 * export interface Api { ... }
 * export declare function createClient(options?: ClientOptions): Client & Api
 *
 * // client.js
 * import { call, createClient as createRuntimeClient, … } from '@statusline/client'
 * /** @import { CallOptions, Client, OperationSpec } from '@statusline/client' *\/
 * export const servers = [...]
 * export const serverTemplates = [...] // when a server URL has variables
 * export const securitySchemes = { ... }
 * // per operation: descriptor, function (operation-declarations.ts)
 * export function createClient(options = {}) { ... }
 * function bindOperations(operations, client) { ... }
 * ```
 *
 * An app's `import './client.js'` type-checks against `client.d.ts`, which tsc does not check with
 * `skipLibCheck`, and runs `client.js`: what the app pays for at type-check time is the operations it uses.
 *
 * @module
 */
import type { ApiModel } from '../../model/types.ts'
import { constType, literal } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import { generatedHeader } from '../header.ts'
import { printModule } from '../print-module.ts'
import { schemaDirections } from '../schema-types/directions.ts'
import { constStatement } from '../structures.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import {
  apiInterface,
  BIND_OPERATIONS,
  bindOperationsFunction,
  CLIENT_EXPORTS,
  createClientDeclaration,
  createClientFunction,
  noHeadersType,
  operationTypesInterface,
} from './client-factory.ts'
import { ImportTracker } from './import-tracker.ts'
import { NameScope } from './name-scope.ts'
import { operationDeclarations } from './operation-declarations.ts'
import { securitySchemesCode } from './security-schemes.ts'

/** The path of the code, relative to the output directory; `index.js` exports it as `./client.js`. */
export const CLIENT_FILE = 'client.js'

/** The path of the code's declarations, which TypeScript reads for `./client.js`. */
export const CLIENT_DECLARATIONS_FILE = 'client.d.ts'

/** The path of the operations' types; `client.d.ts` and `index.d.ts` import it as `./operation-types.js`. */
export const OPERATION_TYPES_FILE = 'operation-types.d.ts'

/** The three files {@link emitClient} writes. */
export interface ClientFiles {
  /** `client.js`: descriptors, functions, `createClient`. */
  readonly client: GeneratedFile
  /** `client.d.ts`: the functions' signatures and docs, `Api`, `createClient`'s signature. */
  readonly declarations: GeneratedFile
  /** `operation-types.d.ts`: each operation's `Params` and `Result`, and `OperationTypes`. */
  readonly types: GeneratedFile
}

/**
 * An exported constant: in the code `export const name = /** @type {const} *\/ (<code>)` (JSDoc's
 * `as const`, so that `checkJs` sees the literal types the declarations give), in the declarations its
 * `as const` type. `code` and `type` default to the literal of `value` and its type.
 */
function constant(
  name: string,
  value: unknown,
  doc: string,
  { code = literal(value), type = constType(value) }: { code?: string; type?: string } = {},
): { code: StatementWriter; declaration: StatementWriter } {
  return {
    code: constStatement({
      isExported: true,
      declarations: [{ name, initializer: `/** @type {const} */ (${code})` }],
    }),
    declaration: constStatement({
      isExported: true,
      hasDeclareKeyword: true,
      docs: [doc],
      declarations: [{ name, type }],
    }),
  }
}

/**
 * Emits `client.js`, `client.d.ts` and `operation-types.d.ts` for a model. Pure: the same model gives
 * the same text.
 *
 * @example
 * ```ts
 * const { client, declarations, types } = emitClient(model, { sourceLabel: 'zoo.yaml' })
 * client.path // 'client.js'
 * declarations.path // 'client.d.ts'
 * types.path // 'operation-types.d.ts'
 * ```
 */
export function emitClient(model: ApiModel, options: EmitOptions = {}): ClientFiles {
  const scope = new NameScope([
    ...model.operations.map((operation) => operation.name),
    CLIENT_EXPORTS.createClient,
    CLIENT_EXPORTS.servers,
    CLIENT_EXPORTS.serverTemplates,
    CLIENT_EXPORTS.securitySchemes,
  ])
  const imports = {
    code: new ImportTracker(scope),
    declarations: new ImportTracker(scope),
    types: new ImportTracker(new NameScope()),
  }
  const typesModule = imports.declarations.operationTypes()
  const bindOperations = scope.claim(BIND_OPERATIONS)
  const directions = schemaDirections(model.document, model.openapi.startsWith('3.1'))
  const operations = model.operations.map((operation) =>
    operationDeclarations(operation, imports, scope, typesModule, model.document, directions),
  )
  const names = operations.map((declarations) => declarations.names)
  const header = generatedHeader(model, options)
  const servers = constant(
    CLIENT_EXPORTS.servers,
    model.servers,
    'Server URLs declared by the spec; the first is the default base URL.',
  )
  const serverTemplates =
    model.serverTemplates === undefined
      ? []
      : [
          constant(
            CLIENT_EXPORTS.serverTemplates,
            model.serverTemplates,
            'The server URLs with their `{variable}`s, parallel to `servers`: a client whose base URL is another instance of one sends the operations with servers of their own to the same instance of theirs.',
          ),
        ]
  const securitySchemes = constant(
    CLIENT_EXPORTS.securitySchemes,
    model.securitySchemes,
    'Security schemes of the spec, by name, as the runtime applies them.',
    securitySchemesCode(model.securitySchemes, imports),
  )
  const typeStatements = [
    noHeadersType(),
    ...operations.flatMap((declarations) => declarations.types),
    operationTypesInterface(names),
  ]
  const declarationStatements = [
    servers.declaration,
    ...serverTemplates.map((each) => each.declaration),
    securitySchemes.declaration,
    ...operations.flatMap((declarations) => declarations.declarations),
    apiInterface(names),
    createClientDeclaration(model, names, imports.declarations),
  ]
  const codeStatements = [
    servers.code,
    ...serverTemplates.map((each) => each.code),
    securitySchemes.code,
    ...operations.flatMap((declarations) => declarations.code),
    createClientFunction(model, names, imports.code, scope, bindOperations),
    bindOperationsFunction(bindOperations, imports.code),
  ]
  const file = (path: string, tracker: ImportTracker, statements: StatementWriter[]): GeneratedFile => ({
    path,
    contents: `${header}\n${printModule(tracker.declarations(path.endsWith('.js')), statements)}`,
  })
  return {
    client: file(CLIENT_FILE, imports.code, codeStatements),
    declarations: file(CLIENT_DECLARATIONS_FILE, imports.declarations, declarationStatements),
    types: file(OPERATION_TYPES_FILE, imports.types, typeStatements),
  }
}
