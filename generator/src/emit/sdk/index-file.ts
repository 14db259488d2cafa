/**
 * `index.js` with `index.d.ts`: the public surface of a generated SDK, as explicit named exports: the
 * client factory, every operation, `servers`, `securitySchemes` and the runtime's result helpers and
 * errors in both; in the declarations also (`export type`) every operation's `Params`/`Result` types,
 * `OperationTypes`, `Api` and the runtime's member types, so an app imports everything from the SDK.
 * The entry is JavaScript like `client.js`, so plain Node, `tsc`-compiled apps and Jest run the SDK
 * without TypeScript tooling. The mocks are not re-exported (they import msw): they live in
 * `./mocks.js`, published as `<package>/mocks`.
 *
 * @module
 */
import type { ApiModel } from '../../model/types.ts'
import { stringLiteral } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import { generatedHeader } from '../header.ts'
import { printModule } from '../print-module.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import { CLIENT_EXPORTS } from './client-factory.ts'
import { writeDocs } from './doc-comments.ts'
import { OPERATION_TYPES_MODULE, RUNTIME_MODULE } from './import-tracker.ts'

/** The paths of the entry and its declarations, relative to the output directory. */
export const INDEX_FILES = { entry: 'index.js', declarations: 'index.d.ts' } as const

/** The module specifier of `client.js` (typed by `client.d.ts`), as generated code imports it. */
const CLIENT_MODULE = './client.js'

/** Runtime values an app needs beside the operations: result helpers, the default client, errors. */
export const RUNTIME_VALUE_EXPORTS = [
  'match',
  'unwrap',
  'withMiddleware',
  'setDefaultClient',
  'StatuslineError',
  'StatusError',
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'DecodeError',
] as const

/** Runtime types an app needs to name: members, statuses, options, credentials, middleware. */
export const RUNTIME_TYPE_EXPORTS = [
  'SuccessMember',
  'ErrorMember',
  'AnyMember',
  'DataOf',
  'ErrorOf',
  'ResponseKey',
  'MatchHandlers',
  'AnyStatus',
  'ErrorStatus',
  'Status1xx',
  'Status2xx',
  'Status3xx',
  'Status4xx',
  'Status5xx',
  'Client',
  'ClientOptions',
  'CallOptions',
  'Auth',
  'Middleware',
  'RetryOptions',
] as const

/** Options of `emitIndex`. */
export interface IndexOptions extends EmitOptions {
  /** Whether `mocks.ts` is generated beside the SDK (it is only mentioned, never re-exported). */
  readonly mocks: boolean
}

/** `export { a, b } from '…'` (or `export type`), one name per line. */
function exportList(names: readonly string[], from: string, typeOnly: boolean): StatementWriter {
  return (writer) => {
    writer.write(`export ${typeOnly ? 'type ' : ''}`).inlineBlock(() => {
      for (const name of names) writer.writeLine(`${name},`)
    })
    writer.write(` from ${stringLiteral(from)};`).newLine()
  }
}

/** The module doc: what the SDK is, and where the mocks are. */
function moduleDoc(model: ApiModel, mocks: boolean): StatementWriter {
  const lines = [
    `The SDK of ${model.title} ${model.version}: one function per operation, each resolving to a union of`,
    'members keyed by HTTP status, and `createClient`, which binds them all to one client.',
  ]
  if (mocks) {
    lines.push(
      '',
      'MSW mocks of the same operations are in `./mocks.js`; they import msw, so they are not re-exported here.',
    )
  }
  return (writer) => writeDocs(writer, lines.join('\n'))
}

/**
 * Emits `index.js` and `index.d.ts` for a model.
 *
 * @example
 * ```ts
 * const files = emitIndex(model, { mocks: true })
 * files.map((file) => file.path) // ['index.d.ts', 'index.js']
 * ```
 */
export function emitIndex(model: ApiModel, options: IndexOptions): GeneratedFile[] {
  const operations = model.operations
  const values = [
    CLIENT_EXPORTS.createClient,
    ...operations.map((operation) => operation.name),
    CLIENT_EXPORTS.servers,
    ...(model.serverTemplates === undefined ? [] : [CLIENT_EXPORTS.serverTemplates]),
    CLIENT_EXPORTS.securitySchemes,
  ]
  const types = [
    ...operations.flatMap((operation) => [`${operation.typeName}Params`, `${operation.typeName}Result`]),
    CLIENT_EXPORTS.operationTypes,
  ]
  const taken = new Set([...values, ...types, CLIENT_EXPORTS.api])
  const valueExports = [
    moduleDoc(model, options.mocks),
    exportList(values, CLIENT_MODULE, false),
    exportList(
      RUNTIME_VALUE_EXPORTS.filter((name) => !taken.has(name)),
      RUNTIME_MODULE,
      false,
    ),
  ]
  const typeExports = [
    exportList([CLIENT_EXPORTS.api], CLIENT_MODULE, true),
    exportList(types, OPERATION_TYPES_MODULE, true),
    exportList(
      RUNTIME_TYPE_EXPORTS.filter((name) => !taken.has(name)),
      RUNTIME_MODULE,
      true,
    ),
  ]
  const file = (path: string, statements: StatementWriter[]): GeneratedFile => ({
    path,
    contents: `${generatedHeader(model, options)}\n${printModule([], statements).replace(/^\n+/, '')}`,
  })
  return [
    file(INDEX_FILES.declarations, [...valueExports, ...typeExports]),
    file(INDEX_FILES.entry, valueExports),
  ]
}
