/**
 * `mocks.ts` of a generated SDK: `createMock(options)`, the runtime's `createMock` bound to this API's
 * mock data and typed by its `OperationTypes`.
 *
 * ```ts
 * import { createMock as createMockRuntime, type Mock, type MockOptions } from '@statusline/mock'
 * import type { OperationTypes } from './operation-types.js'
 * import { mockData } from './mock-data.js'
 *
 * export function createMock(options: MockOptions = {}): Mock<OperationTypes> {
 *   return createMockRuntime<OperationTypes>(mockData, options)
 * }
 * ```
 *
 * @module
 */
import type { ApiModel, Operation } from '../../model/types.ts'
import { commentText, stringLiteral } from '../code-text.ts'
import { functionDeclaration } from '../structures.ts'
import type { ModuleParts } from './module-parts.ts'

/** An example status to script for `operation`: its first declared non-2xx literal status, else any. */
function exampleStatus(operation: Operation | undefined): number {
  const literals = (operation?.responses ?? []).filter((response) => response.kind === 'status')
  const error = literals.find((response) => response.code >= 400)
  return error?.code ?? literals[0]?.code ?? 500
}

/** The TSDoc of `createMock`, with an example scripted on the model's first operation. */
function createMockDoc(model: ApiModel): string {
  const first = model.operations[0]
  const scenario =
    first === undefined
      ? "mock.scenario('*', 500)"
      : `mock.scenario(${stringLiteral(first.name)}, ${exampleStatus(first)})`
  return commentText(
    [
      `Creates an MSW mock of ${model.title}: one handler per operation, answering schema-valid data`,
      'by default, scriptable per operation to any declared status (`scenario`), with recorded calls and',
      'status coverage. See `Mock` of `@statusline/mock` for every control.',
      '',
      '@example',
      '```ts',
      "import { setupServer } from 'msw/node'",
      "import { createMock } from './mocks.js'",
      '',
      'const mock = createMock({ seed: 42 })',
      'const server = setupServer(...mock.handlers)',
      'server.listen()',
      scenario,
      '```',
    ].join('\n'),
  )
}

/** The imports and declarations of `mocks.ts`. */
export function mocksModule(model: ApiModel): ModuleParts {
  return {
    imports: [
      {
        moduleSpecifier: '@statusline/mock',
        namedImports: [
          { name: 'createMock', alias: 'createMockRuntime' },
          { name: 'Mock', isTypeOnly: true },
          { name: 'MockOptions', isTypeOnly: true },
        ],
      },
      {
        moduleSpecifier: './operation-types.js',
        isTypeOnly: true,
        namedImports: ['OperationTypes'],
      },
      {
        moduleSpecifier: './mock-data.js',
        namedImports: ['mockData'],
      },
    ],
    declarations: [
      functionDeclaration({
        isExported: true,
        name: 'createMock',
        docs: [createMockDoc(model)],
        parameters: [{ name: 'options', type: 'MockOptions', initializer: '{}' }],
        returnType: 'Mock<OperationTypes>',
        statements: ['return createMockRuntime<OperationTypes>(mockData, options)'],
      }),
    ],
  }
}
