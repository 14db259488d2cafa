/**
 * The declarations that tie the operations together at the end of `client.ts`: `OperationTypes` (types
 * of every operation by name, for mocks and helpers), `Api` (every operation bound to a client) and
 * `createClient`, which binds them.
 *
 * ```ts
 * export function createClient(options: ClientOptions = {}): Client & Api {
 *   const client = createRuntimeClient({ baseUrl: servers[0], securitySchemes, ...options })
 *   const operations: Api = { getZoo: (params, options) => getZoo(params, { ...options, client }) }
 *   return Object.assign(client, operations)
 * }
 * ```
 *
 * @module
 */
import {
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type MethodSignatureStructure,
  type OptionalKind,
  StructureKind,
} from 'ts-morph'
import type { ApiModel } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import type { ImportTracker } from './import-tracker.ts'
import type { NameScope } from './name-scope.ts'
import type { OperationNames } from './operation-declarations.ts'

/** The names `client.ts` exports besides the operations and their types. */
export const CLIENT_EXPORTS = {
  createClient: 'createClient',
  operationTypes: 'OperationTypes',
  api: 'Api',
  servers: 'servers',
  securitySchemes: 'securitySchemes',
} as const

/** `OperationTypes`: `{ getZoo: { params: GetZooParams; result: GetZooResult; statuses: 200 | 404 } }`. */
export function operationTypesInterface(
  operations: readonly OperationNames[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: CLIENT_EXPORTS.operationTypes,
    isExported: true,
    docs: ['Types of every operation, by function name: parameters, result union, declared statuses.'],
    properties: operations.map((names) => ({
      name: names.operation.name,
      type: `{ params: ${names.params}; result: ${names.result}; statuses: ${names.statuses} }`,
    })),
  }
}

/** `Api`: every operation as a method of the client `createClient` returns. */
export function apiInterface(
  operations: readonly OperationNames[],
  imports: ImportTracker,
): InterfaceDeclarationStructure {
  const callOptions = imports.runtimeType('CallOptions')
  const methods: OptionalKind<MethodSignatureStructure>[] = operations.map((names) => ({
    name: names.operation.name,
    docs: [names.doc],
    parameters: [
      { name: 'params', type: names.params, hasQuestionToken: !names.paramsRequired },
      { name: 'options', type: callOptions, hasQuestionToken: true },
    ],
    returnType: `Promise<${names.result}>`,
  }))
  return {
    kind: StructureKind.Interface,
    name: CLIENT_EXPORTS.api,
    isExported: true,
    docs: ['Every operation, bound to the client that {@link createClient} returns.'],
    methods,
  }
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

/** `createClient`: a runtime client with the spec's servers and security schemes, every operation bound. */
export function createClientFunction(
  model: ApiModel,
  operations: readonly OperationNames[],
  imports: ImportTracker,
  scope: NameScope,
): FunctionDeclarationStructure {
  const createRuntimeClient = imports.runtimeValue('createClient', 'createRuntimeClient')
  const clientOptions = imports.runtimeType('ClientOptions')
  const client = imports.runtimeType('Client')
  const local = {
    options: scope.claim('options'),
    client: scope.claim('client'),
    ops: scope.claim('operations'),
    params: scope.claim('params'),
  }
  const defaults = [
    ...(model.servers.length > 0 ? [`baseUrl: ${CLIENT_EXPORTS.servers}[0]`] : []),
    CLIENT_EXPORTS.securitySchemes,
    `...${local.options}`,
  ]
  const clientProperty = local.client === 'client' ? 'client' : `client: ${local.client}`
  const bindings = operations.map(
    ({ operation }) =>
      `  ${operation.name}: (${local.params}, ${local.options}) => ${operation.name}(${local.params}, { ...${local.options}, ${clientProperty} }),`,
  )
  return {
    kind: StructureKind.Function,
    name: CLIENT_EXPORTS.createClient,
    isExported: true,
    docs: [createClientExample(model, operations)],
    parameters: [{ name: local.options, type: clientOptions, initializer: '{}' }],
    returnType: `${client} & ${CLIENT_EXPORTS.api}`,
    statements: [
      [
        `const ${local.client} = ${createRuntimeClient}({ ${defaults.join(', ')} });`,
        `const ${local.ops}: ${CLIENT_EXPORTS.api} = {\n${bindings.join('\n')}\n};`,
        `return Object.assign(${local.client}, ${local.ops});`,
      ].join('\n'),
    ],
  }
}
