/**
 * The declarations that tie the operations together: `OperationTypes` (types of every operation by
 * name, for mocks and helpers; in `operation-types.d.ts`), and in `client.ts` `Api` (every operation
 * bound to a client) and `createClient`, which binds them:
 *
 * ```ts
 * export interface Api { getZoo: typeof getZoo }
 * export function createClient(options: ClientOptions = {}): Client & Api {
 *   const client = createRuntimeClient({ baseUrl: servers[0], securitySchemes, ...options })
 *   const operations = { getZoo } satisfies Api
 *   return Object.assign(client, bindOperations(operations, client))
 * }
 * type BoundOperation = (params: never, options?: CallOptions) => Promise<unknown>
 * function bindOperations<T extends Record<string, BoundOperation>>(operations: T, client: Client): T { … }
 * ```
 *
 * `Api` names each function's type instead of repeating its signature and doc (an editor shows the
 * function's doc on `api.getZoo(…)`), and `createClient` binds in one loop rather than one arrow
 * function per operation: on large APIs the repeated signatures were most of what tsc had to check.
 *
 * @module
 */
import type { ApiModel } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import { functionDeclaration, interfaceDeclaration, typeAlias } from '../structures.ts'
import { NO_HEADERS } from './body-types.ts'
import type { ImportTracker } from './import-tracker.ts'
import type { NameScope } from './name-scope.ts'
import type { OperationNames } from './operation-declarations.ts'

/** The names `client.ts` and `operation-types.d.ts` export besides the operations and their types. */
export const CLIENT_EXPORTS = {
  createClient: 'createClient',
  operationTypes: 'OperationTypes',
  api: 'Api',
  servers: 'servers',
  securitySchemes: 'securitySchemes',
} as const

/** The module-level type of an operation as `createClient` binds it (not exported). */
const BOUND_OPERATION = 'BoundOperation'

/** The module-level function `createClient` binds the operations with (not exported). */
export const BIND_OPERATIONS = 'bindOperations'

/** `OperationTypes`: `{ getZoo: { params: GetZooParams; result: GetZooResult; statuses: 200 | 404 } }`. */
export function operationTypesInterface(operations: readonly OperationNames[]): StatementWriter {
  return interfaceDeclaration({
    name: CLIENT_EXPORTS.operationTypes,
    isExported: true,
    docs: ['Types of every operation, by function name: parameters, result union, declared statuses.'],
    properties: operations.map((names) => ({
      name: names.operation.name,
      type: `{ params: ${names.params}; result: ${names.result}; statuses: ${names.statuses} }`,
    })),
  })
}

/** `Api`: every operation, typed as its function, as a member of the client `createClient` returns. */
export function apiInterface(operations: readonly OperationNames[]): StatementWriter {
  return interfaceDeclaration({
    name: CLIENT_EXPORTS.api,
    isExported: true,
    docs: ['Every operation, bound to the client that {@link createClient} returns.'],
    properties: operations.map(({ operation }) => ({
      name: operation.name,
      type: `typeof ${operation.name}`,
    })),
  })
}

/** `NoHeaders`: the headers of a response that declares none (see {@link NO_HEADERS}). */
export function noHeadersType(): StatementWriter {
  return typeAlias({
    name: NO_HEADERS,
    isExported: true,
    docs: ['The `headers` of a response that declares none.'],
    type: '{}',
  })
}

/** `BoundOperation`: what `bindOperations` knows of each operation. */
export function boundOperationType(imports: ImportTracker): StatementWriter {
  return typeAlias({
    name: BOUND_OPERATION,
    docs: ['An operation as `createClient` binds it: its parameters passed through, its result unread.'],
    type: `(params: never, options?: ${imports.runtimeType('CallOptions')}) => Promise<unknown>`,
  })
}

/**
 * `bindOperations` (declared as `name`): each operation bound to a client, in one loop. Its locals
 * shadow operations of the same names harmlessly: it refers to no operation by name.
 */
export function bindOperationsFunction(name: string, imports: ImportTracker): StatementWriter {
  const client = imports.runtimeType('Client')
  return functionDeclaration({
    name,
    docs: ['Binds every operation of `operations` to `client`: each call goes through it.'],
    parameters: [
      { name: 'operations', type: 'T' },
      { name: 'client', type: client },
    ],
    typeParameters: [`T extends Record<string, ${BOUND_OPERATION}>`],
    returnType: 'T',
    statements: [
      [
        `const bound: Record<string, ${BOUND_OPERATION}> = {};`,
        'for (const [name, operation] of Object.entries(operations)) {',
        '  bound[name] = (params, options) => operation(params, { ...options, client });',
        '}',
        'return bound as T;',
      ].join('\n'),
    ],
  })
}

/** The `@example` of `createClient`, calling the first operation. */
function createClientExample(model: ApiModel, operations: readonly OperationNames[]): string {
  const first = operations[0]
  const lines = ['```ts', `const api = ${CLIENT_EXPORTS.createClient}({ auth: { bearer: token } })`]
  if (first !== undefined) {
    lines.push(`const res = await api.${first.operation.name}(${first.paramsRequired ? 'params' : ''})`)
    lines.push('if (res.ok) console.log(res.data)')
    lines.push('else console.error(res.status, res.error)')
  }
  lines.push('```')
  const base = model.servers.length > 0 ? ' (the first of {@link servers} unless `baseUrl` is given)' : ''
  return [
    `Creates a client for ${commentText(model.title)}${base}, with every operation bound to it.`,
    '',
    '@param options - Base URL, credentials, fetch, headers, middleware, retry policy and timeout.',
    '@example',
    ...lines,
  ].join('\n')
}

/**
 * `createClient`: a runtime client with the spec's servers and security schemes, every operation bound
 * with `bindOperations` (the name `bindOperationsFunction` claimed).
 */
export function createClientFunction(
  model: ApiModel,
  operations: readonly OperationNames[],
  imports: ImportTracker,
  scope: NameScope,
  bindOperations: string,
): StatementWriter {
  const createRuntimeClient = imports.runtimeValue('createClient', 'createRuntimeClient')
  const clientOptions = imports.runtimeType('ClientOptions')
  const client = imports.runtimeType('Client')
  // Names declared in the function's scope, where the shorthand properties refer to the operations.
  const local = {
    options: scope.claim('options'),
    client: scope.claim('client'),
    operations: scope.claim('operations'),
  }
  const defaults = [
    ...(model.servers.length > 0 ? [`baseUrl: ${CLIENT_EXPORTS.servers}[0]`] : []),
    CLIENT_EXPORTS.securitySchemes,
    `...${local.options}`,
  ]
  const members = operations.map(({ operation }) => `  ${operation.name},`)
  return functionDeclaration({
    name: CLIENT_EXPORTS.createClient,
    isExported: true,
    docs: [createClientExample(model, operations)],
    parameters: [{ name: local.options, type: clientOptions, initializer: '{}' }],
    returnType: `${client} & ${CLIENT_EXPORTS.api}`,
    statements: [
      [
        `const ${local.client} = ${createRuntimeClient}({ ${defaults.join(', ')} });`,
        `const ${local.operations} = {\n${members.join('\n')}\n} satisfies ${CLIENT_EXPORTS.api};`,
        `return Object.assign(${local.client}, ${bindOperations}(${local.operations}, ${local.client}));`,
      ].join('\n'),
    ],
  })
}
