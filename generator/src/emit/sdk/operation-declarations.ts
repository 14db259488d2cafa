/**
 * The declarations `client.ts` holds for one operation, in this order:
 *
 * ```ts
 * export interface GetZooParams { … }                       // params-type.ts
 * export type GetZooResult = | SuccessMember<200, …> | …   // result-members.ts
 * const getZooSpec = { … } as const satisfies OperationSpec // operation-spec.ts
 * export function getZoo(params: GetZooParams, options?: CallOptions): Promise<GetZooResult> {
 *   return call<GetZooResult>(getZooSpec, params, options)
 * }
 * ```
 *
 * @module
 */
import {
  type FunctionDeclarationStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
  type WriterFunction,
} from 'ts-morph'
import type { Operation } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import type { ImportTracker } from './import-tracker.ts'
import type { NameScope } from './name-scope.ts'
import { operationSpecEntries } from './operation-spec.ts'
import { paramsDeclaration } from './params-type.ts'
import { declaredStatuses, memberType, resultMembers } from './result-members.ts'

/** What the module-level declarations of one operation need from the rest of the file. */
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
  /** The doc of the function, repeated on its `Api` method. */
  readonly doc: string
}

/** The statements of one operation, and the names other declarations refer to. */
export interface OperationDeclarations {
  readonly names: OperationNames
  readonly statements: readonly (
    | WriterFunction
    | TypeAliasDeclarationStructure
    | FunctionDeclarationStructure
  )[]
}

/** The first line of a response's doc, for the list in the result type's doc. */
function summaryLine(doc: string): string {
  return commentText(doc).split('\n', 1)[0] ?? ''
}

/** The doc of the function: the operation's doc, its method and path, and the parameters. */
function functionDoc(operation: Operation, params: string, result: string): string {
  const route = `\`${operation.method.toUpperCase()} ${commentText(operation.path)}\``
  const doc = commentText(operation.doc)
  return [
    doc === '' ? route : `${doc}\n\n${route}`,
    '',
    `@param params - What to send, grouped by location; see {@link ${params}}.`,
    '@param options - Per-call options: the client to call through, an abort signal, headers, auth, timeout, retry.',
    `@returns One member per declared response status; see {@link ${result}}.`,
  ].join('\n')
}

/** The doc of the result type: what it is, and the declared keys with the first line of their doc. */
function resultDoc(operation: Operation): string {
  const keys = operation.responses.map((response) => {
    const line = summaryLine(response.doc)
    return `- \`${commentText(response.key)}\`${line === '' ? '' : `: ${line}`}`
  })
  const intro = `Every response {@link ${operation.name}} can answer, one member per status key; statuses the spec does not declare are \`'default'\` members.`
  return keys.length === 0 ? intro : `${intro}\n\n${keys.join('\n')}`
}

/** Builds the declarations of one operation. `scope` hands out the name of its descriptor constant. */
export function operationDeclarations(
  operation: Operation,
  imports: ImportTracker,
  scope: NameScope,
  document: unknown,
): OperationDeclarations {
  const params = `${operation.typeName}Params`
  const result = `${operation.typeName}Result`
  const spec = scope.claim(`${operation.name}Spec`)
  const paramsDecl = paramsDeclaration(operation, params, imports)
  const members = resultMembers(operation, imports, document).map((member) => memberType(member, imports))
  const names: OperationNames = {
    operation,
    params,
    result,
    paramsRequired: paramsDecl.required,
    statuses: declaredStatuses(operation, imports),
    doc: functionDoc(operation, params, result),
  }
  const specEntries = operationSpecEntries(operation, document, imports)
  const operationSpecType = imports.runtimeType('OperationSpec')
  const call = imports.runtimeValue('call')
  const callOptions = imports.runtimeType('CallOptions')
  return {
    names,
    statements: [
      paramsDecl.statement,
      {
        kind: StructureKind.TypeAlias,
        name: result,
        isExported: true,
        docs: [resultDoc(operation)],
        // ts-morph indents the lines after the first of a type by one level: `\n| ` lands as `\n  | `.
        type: members.map((member) => `\n| ${member}`).join(''),
      },
      (writer) => {
        writer.write(`const ${spec} = `).inlineBlock(() => {
          for (const [key, value] of specEntries) writer.writeLine(`${key}: ${value},`)
        })
        writer.write(` as const satisfies ${operationSpecType};`).newLine()
      },
      {
        kind: StructureKind.Function,
        name: operation.name,
        isExported: true,
        docs: [names.doc],
        parameters: [
          { name: 'params', type: params, ...(paramsDecl.required ? {} : { initializer: '{}' }) },
          { name: 'options', type: callOptions, hasQuestionToken: true },
        ],
        returnType: `Promise<${result}>`,
        statements: [`return ${call}<${result}>(${spec}, params, options);`],
      },
    ],
  }
}
