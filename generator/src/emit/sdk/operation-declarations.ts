/**
 * The declarations of one operation. Its types go to `operation-types.d.ts`:
 *
 * ```ts
 * export interface GetZooParams { … }                       // params-type.ts
 * export type GetZooResult = | SuccessMember<200, …> | …   // result-members.ts
 * ```
 *
 * its code to `client.js`:
 *
 * ```js
 * /** @type {OperationSpec} *\/
 * const getZooSpec = { … }                                   // operation-spec.ts
 * export function getZoo(params, options) {
 *   return call(getZooSpec, params, options);
 * }
 * ```
 *
 * (an operation with servers of its own calls `call(spec, params, onOwnServer(spec, servers, options))`,
 * which sends it to its first server while the client's base URL is one of the document's `servers`; with
 * a `serverTemplate`, `onOwnServer(spec, servers, options, serverTemplates)`, which also sends it to the
 * same instance of its template as the base URL is of the document's),
 *
 * and its signature, with its doc, to `client.d.ts`:
 *
 * ```ts
 * export declare function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;
 * ```
 *
 * Type-checking cost is what shapes this split: a `.ts` file is checked declaration by declaration (on
 * GitHub's 1,223 operations, the descriptors and functions of a `client.ts` cost more to check than the
 * rest of the SDK and the app together), while a declaration file is only parsed and bound, its types
 * resolved where they are used, so an app that calls three operations pays for those three. The code
 * holds no type the app would need, so it is JavaScript; the JSDoc type of the descriptor lets the
 * generator's compile tests check it against the runtime's `OperationSpec` (`checkJs`).
 *
 * @module
 */
import type { Operation } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import type { SchemaDirections } from '../schema-types/directions.ts'
import { functionDeclaration, typeAlias } from '../structures.ts'
import { CLIENT_EXPORTS } from './client-factory.ts'
import type { ImportTracker } from './import-tracker.ts'
import type { NameScope } from './name-scope.ts'
import { operationSpecEntries } from './operation-spec.ts'
import { paramsDeclaration } from './params-type.ts'
import { declaredStatuses, memberType, resultMembers } from './result-members.ts'

/** What the module-level declarations of one operation need from the rest of their files. */
export interface OperationNames {
  readonly operation: Operation
  /** `GetZooParams`. */
  readonly params: string
  /** `GetZooResult`. */
  readonly result: string
  /** Whether the `params` argument is required. */
  readonly paramsRequired: boolean
  /** The operation's declared statuses, as type text (for `OperationTypes`). */
  readonly statuses: string
}

/** The statements of one operation, and the names other declarations refer to. */
export interface OperationDeclarations {
  readonly names: OperationNames
  /** `<Op>Params` and `<Op>Result`, for `operation-types.d.ts`. */
  readonly types: readonly StatementWriter[]
  /** The descriptor and the function, for `client.js`. */
  readonly code: readonly StatementWriter[]
  /** The function's signature and doc, for `client.d.ts`. */
  readonly declarations: readonly StatementWriter[]
}

/** Where the declarations of an operation record what they refer to. */
export interface OperationImports {
  /** The imports of `operation-types.d.ts`. */
  readonly types: ImportTracker
  /** The imports of `client.js`: runtime values only. */
  readonly code: ImportTracker
  /** The imports of `client.d.ts`: runtime types and `operation-types.d.ts`. */
  readonly declarations: ImportTracker
}

/** The first line of a response's doc, for the list in the result type's doc. */
function summaryLine(doc: string): string {
  return commentText(doc).split('\n', 1)[0] ?? ''
}

/**
 * The doc of the function: the operation's doc, its method and path, and the parameters. Names are
 * written in backticks rather than `{@link}`: tsc parses every doc comment that holds a `{@link}` (to
 * see which imports it uses), which on large APIs costs more than checking the code around it.
 */
function functionDoc(operation: Operation, params: string, result: string): string {
  const route = `\`${operation.method.toUpperCase()} ${commentText(operation.path)}\``
  const doc = commentText(operation.doc)
  return [
    doc === '' ? route : `${doc}\n\n${route}`,
    '',
    `@param params - What to send, grouped by location; see \`${params}\`.`,
    '@param options - Per-call options: the client to call through, an abort signal, headers, auth, timeout, retry.',
    `@returns One member per declared response status; see \`${result}\`.`,
  ].join('\n')
}

/** The doc of the result type: what it is, and the declared keys with the first line of their doc. */
function resultDoc(operation: Operation): string {
  const keys = operation.responses.map((response) => {
    const line = summaryLine(response.doc)
    return `- \`${commentText(response.key)}\`${line === '' ? '' : `: ${line}`}`
  })
  const intro = `Every response \`${operation.name}\` can answer, one member per status key; statuses the spec does not declare are \`'default'\` members.`
  return keys.length === 0 ? intro : `${intro}\n\n${keys.join('\n')}`
}

/**
 * Builds the declarations of one operation. `scope` hands out the name of its descriptor constant;
 * `typesModule` is the local name `client.d.ts` imports `operation-types.d.ts` as.
 */
export function operationDeclarations(
  operation: Operation,
  imports: OperationImports,
  scope: NameScope,
  typesModule: string,
  document: unknown,
  directions: SchemaDirections,
): OperationDeclarations {
  const params = `${operation.typeName}Params`
  const result = `${operation.typeName}Result`
  const spec = scope.claim(`${operation.name}Spec`)
  const paramsDecl = paramsDeclaration(operation, params, imports.types, directions)
  const members = resultMembers(operation, imports.types, document).map((member) =>
    memberType(member, imports.types),
  )
  const names: OperationNames = {
    operation,
    params,
    result,
    paramsRequired: paramsDecl.required,
    statuses: declaredStatuses(operation, imports.types),
  }
  const specEntries = operationSpecEntries(operation, document, imports.code)
  const call = imports.code.runtimeValue('call')
  const templates = operation.serverTemplate === undefined ? '' : `, ${CLIENT_EXPORTS.serverTemplates}`
  const options =
    operation.servers === undefined
      ? 'options'
      : `${imports.code.runtimeValue('onOwnServer')}(${spec}, ${CLIENT_EXPORTS.servers}, options${templates})`
  const operationSpec = imports.code.runtimeType('OperationSpec')
  const callOptions = imports.declarations.runtimeType('CallOptions')
  return {
    names,
    types: [
      paramsDecl.statement,
      typeAlias({
        name: result,
        isExported: true,
        docs: [resultDoc(operation)],
        // The lines after the first of a type are indented by one level: `\n| ` lands as `\n  | `.
        type: members.map((member) => `\n| ${member}`).join(''),
      }),
    ],
    code: [
      (writer) => {
        writer.writeLine(`/** @type {${operationSpec}} */`)
        writer.write(`const ${spec} = `).inlineBlock(() => {
          for (const [key, value] of specEntries) writer.writeLine(`${key}: ${value},`)
        })
        writer.write(';').newLine()
      },
      functionDeclaration({
        name: operation.name,
        isExported: true,
        parameters: [{ name: 'params' }, { name: 'options' }],
        statements: [`return ${call}(${spec}, params, ${options});`],
      }),
    ],
    declarations: [
      functionDeclaration({
        name: operation.name,
        isExported: true,
        hasDeclareKeyword: true,
        docs: [functionDoc(operation, params, result)],
        parameters: [
          {
            name: 'params',
            type: `${typesModule}.${params}`,
            hasQuestionToken: !paramsDecl.required,
          },
          { name: 'options', type: callOptions, hasQuestionToken: true },
        ],
        returnType: `Promise<${typesModule}.${result}>`,
      }),
    ],
  }
}
