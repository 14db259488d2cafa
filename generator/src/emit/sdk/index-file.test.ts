import * as runtime from '@statusline/client'
import { describe, expect, test } from 'vitest'
import { declarationText } from '../../testing/declaration-text.ts'
import { createModel, createOperation } from '../../testing/model-factory.ts'
import { emitIndex, RUNTIME_VALUE_EXPORTS } from './index-file.ts'

describe('emitIndex', () => {
  const model = createModel({
    operations: [
      createOperation(),
      createOperation({ name: 'listZoos', typeName: 'ListZoos', path: '/zoos' }),
    ],
  })

  test('re-exports the client by name, and the types with export type from where they are declared', () => {
    const index = emitIndex(model, { mocks: false }).contents
    expect(declarationText(index, 'export {\n  createClient,')).toBe(
      [
        'export {',
        '  createClient,',
        '  getZoo,',
        '  listZoos,',
        '  servers,',
        '  securitySchemes,',
        "} from './client.js';",
      ].join('\n'),
    )
    expect(declarationText(index, 'export type {\n  GetZooParams,')).toBe(
      [
        'export type {',
        '  GetZooParams,',
        '  GetZooResult,',
        '  ListZoosParams,',
        '  ListZoosResult,',
        '  OperationTypes,',
        "} from './operation-types.js';",
      ].join('\n'),
    )
    expect(index).toContain(['export type {', '  Api,', "} from './client.js';"].join('\n'))
    expect(index).toContain("} from '@statusline/client';")
    expect(index).not.toContain('mocks')
  })

  test('every runtime value it re-exports exists in @statusline/client', () => {
    for (const name of RUNTIME_VALUE_EXPORTS) expect(runtime, name).toHaveProperty(name)
  })

  test('mentions the mocks without re-exporting them', () => {
    const index = emitIndex(model, { mocks: true }).contents
    expect(index).toContain('`./mocks.js`')
    expect(index).not.toMatch(/from '\.\/mocks\.js'/)
  })
})
