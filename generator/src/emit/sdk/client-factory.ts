/**
 * The declarations that tie the operations together: `OperationTypes` (types of every operation by
 * name, for mocks and helpers; in `operation-types.d.ts`), `Api` (every operation bound to a client)
 * and `createClient`'s signature in `client.d.ts`, and in `client.js` `createClient`, which binds them:
 *
 * ```ts
 * // client.d.ts
 * export interface Api { getZoo: typeof getZoo }
 * export declare function createClient(options?: ClientOptions): Client & Api;
 * ```
 *
 * ```js
 * // client.js
 * export function createClient(options = {}) {
 *   const client = createRuntimeClient({ baseUrl: servers[0], securitySchemes, ...options })
 *   const operations = { getZoo }
 *   return Object.assign(client, bindOperations(operations, client))
 * }
 * function bindOperations(operations, client) { … }
 * ```
 *
 * `Api` names each function's type instead of repeating its signature and doc (an editor shows the
 * function's doc on `api.getZoo(…)`), and `createClient` binds in one loop rather than one arrow
 * function per operation.
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

/** The names `client.js`/`client.d.ts` and `operation-types.d.ts` export besides the operations and their types. */
export const CLIENT_EXPORTS = {
  createClient: 'createClient',
  operationTypes: 'OperationTypes',
  api: 'Api',
  servers: 'servers',
  serverTemplates: 'serverTemplates',
  securitySchemes: 'securitySchemes',
} as const

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

/**
 * `bindOperations` (declared as `name`), in `client.js`: each operation bound to a client, in one loop.
 * Its locals shadow operations of the same names harmlessly: it refers to no operation by name.
 */
export function bindOperationsFunction(name: string, imports: ImportTracker): StatementWriter {
  const callOptions = imports.runtimeType('CallOptions')
  const client = imports.runtimeType('Client')
  return functionDeclaration({
    name,
    docs: [
      [
        'Binds every operation of `operations` to `client`: each call goes through it.',
        '',
        `@param {Record<string, (params: never, options?: ${callOptions}) => Promise<unknown>>} operations`,
        `@param {${client}} client`,
      ].join('\n'),
    ],
    parameters: [{ name: 'operations' }, { name: 'client' }],
    statements: [
      [
        '/** @type {typeof operations} */',
        'const bound = {};',
        'for (const [name, operation] of Object.entries(operations)) {',
        '  bound[name] = (params, options) => operation(params, { ...options, client });',
        '}',
        'return bound;',
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
    '@param options - Base URL, credentials, fetch (`withMiddleware(…)` for hooks), headers, retry policy and timeout.',
    '@example',
    ...lines,
  ].join('\n')
}

/** The signature and doc of `createClient`, in `client.d.ts`. */
export function createClientDeclaration(
  model: ApiModel,
  operations: readonly OperationNames[],
  imports: ImportTracker,
): StatementWriter {
  return functionDeclaration({
    name: CLIENT_EXPORTS.createClient,
    isExported: true,
    hasDeclareKeyword: true,
    docs: [createClientExample(model, operations)],
    parameters: [{ name: 'options', type: imports.runtimeType('ClientOptions'), hasQuestionToken: true }],
    returnType: `${imports.runtimeType('Client')} & ${CLIENT_EXPORTS.api}`,
  })
}

/**
 * `createClient`, in `client.js`: a runtime client with the spec's servers and security schemes, every
 * operation bound with `bindOperations` (the name `bindOperationsFunction` claimed).
 */
export function createClientFunction(
  model: ApiModel,
  operations: readonly OperationNames[],
  imports: ImportTracker,
  scope: NameScope,
  bindOperations: string,
): StatementWriter {
  const createRuntimeClient = imports.runtimeValue('createClient', 'createRuntimeClient')
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
    parameters: [{ name: local.options, initializer: '{}' }],
    statements: [
      [
        `const ${local.client} = ${createRuntimeClient}({ ${defaults.join(', ')} });`,
        `const ${local.operations} = {\n${members.join('\n')}\n};`,
        `return Object.assign(${local.client}, ${bindOperations}(${local.operations}, ${local.client}));`,
      ].join('\n'),
    ],
  })
}
