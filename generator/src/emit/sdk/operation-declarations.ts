/**
 * The declarations of one operation. Its types go to `operation-types.d.ts`:
 *
 * ```ts
 * export interface GetZooParams { … }                       // params-type.ts
 * export type GetZooResult = | SuccessMember<200, …> | …   // result-members.ts
 * ```
 *
 * and its code to `client.ts`:
 *
 * ```ts
 * const getZooSpec = { … } as const                          // operation-spec.ts
 * export function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult> {
 *   return call<never>(getZooSpec, params, options)
 * }
 * ```
 *
 * Type-checking cost is what shapes this split: a `.ts` file is checked declaration by declaration,
 * while the types of a declaration file are only resolved where they are used, so an app that calls
 * three operations of GitHub's 1,223 does not pay for the other result unions. For the same reason the
 * function's body calls `call<never>`: the declared return type is the result union, and `Promise<never>`
 * is assignable to it without resolving the union's members. The descriptor is checked against
 * `OperationSpec` where it is passed to `call`.
 *
 * @module
 */
import type { Operation } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import type { StatementWriter } from '../code-writer.ts'
import { functionDeclaration, typeAlias } from '../structures.ts'
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
  /** The descriptor and the function, for `client.ts`. */
  readonly code: readonly StatementWriter[]
}

/** Where the declarations of an operation record what they refer to. */
export interface OperationImports {
  /** The imports of `operation-types.d.ts`. */
  readonly types: ImportTracker
  /** The imports of `client.ts`. */
  readonly client: ImportTracker
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
 * `typesModule` is the local name `client.ts` imports `operation-types.d.ts` as.
 */
export function operationDeclarations(
  operation: Operation,
  imports: OperationImports,
  scope: NameScope,
  typesModule: string,
  document: unknown,
): OperationDeclarations {
  const params = `${operation.typeName}Params`
  const result = `${operation.typeName}Result`
  const spec = scope.claim(`${operation.name}Spec`)
  const paramsDecl = paramsDeclaration(operation, params, imports.types)
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
  const specEntries = operationSpecEntries(operation, document, imports.client)
  const call = imports.client.runtimeValue('call')
  const callOptions = imports.client.runtimeType('CallOptions')
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
        writer.write(`const ${spec} = `).inlineBlock(() => {
          for (const [key, value] of specEntries) writer.writeLine(`${key}: ${value},`)
        })
        writer.write(' as const;').newLine()
      },
      functionDeclaration({
        name: operation.name,
        isExported: true,
        docs: [functionDoc(operation, params, result)],
        parameters: [
          {
            name: 'params',
            type: `${typesModule}.${params}`,
            ...(paramsDecl.required ? {} : { initializer: '{}' }),
          },
          { name: 'options', type: callOptions, hasQuestionToken: true },
        ],
        returnType: `Promise<${typesModule}.${result}>`,
        statements: [`return ${call}<never>(${spec}, params, options);`],
      }),
    ],
  }
}
