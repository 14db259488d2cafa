import * as runtime from '@statusline/client'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { declarationText } from '../../testing/declaration-text.ts'
import { createModel, createOperation } from '../../testing/model-factory.ts'
import { emitIndex, INDEX_FILES, RUNTIME_VALUE_EXPORTS } from './index-file.ts'

/** The syntax errors of `text` parsed as the file `path` (JavaScript for `.js`: no type syntax allowed). */
function syntaxErrors(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false)
  const program = ts.createProgram({
    rootNames: [path],
    options: { allowJs: true, noEmit: true, noResolve: true, types: [], lib: [] },
    host: {
      ...ts.createCompilerHost({}),
      getSourceFile: (name) => (name === path ? file : undefined),
      fileExists: (name) => name === path,
      readFile: (name) => (name === path ? text : undefined),
    },
  })
  return program
    .getSyntacticDiagnostics(file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe('emitIndex', () => {
  const model = createModel({
    operations: [
      createOperation(),
      createOperation({ name: 'listZoos', typeName: 'ListZoos', path: '/zoos' }),
    ],
  })
  const clientValues = [
    'export {',
    '  createClient,',
    '  getZoo,',
    '  listZoos,',
    '  servers,',
    '  securitySchemes,',
    "} from './client.js';",
  ].join('\n')

  test('emits the entry as JavaScript and its declarations beside it', () => {
    const files = emitIndex(model, { mocks: false })
    expect(files.map((file) => file.path).sort()).toEqual(
      [INDEX_FILES.declarations, INDEX_FILES.entry].sort(),
    )
    for (const file of files) expect(syntaxErrors(`/sdk/${file.path}`, file.contents), file.path).toEqual([])
    // A type re-export is TypeScript syntax: JavaScript refuses it.
    expect(syntaxErrors('/sdk/index.js', "export type { A } from './a.js';\n")).not.toEqual([])
  })

  test('the entry re-exports the values only: the client by name, and the runtime helpers', () => {
    const [entry] = emitIndex(model, { mocks: false }).filter((file) => file.path === INDEX_FILES.entry)
    const index = entry?.contents ?? ''
    expect(declarationText(index, 'export {\n  createClient,')).toBe(clientValues)
    expect(declarationText(index, 'export {\n  match,')).toMatch(/\n} from '@statusline\/client';$/)
    expect(index).not.toContain('export type')
  })

  test('the declarations re-export the same values, and the types with export type from where they are declared', () => {
    const files = emitIndex(model, { mocks: false })
    const index = files.find((file) => file.path === INDEX_FILES.declarations)?.contents ?? ''
    const entry = files.find((file) => file.path === INDEX_FILES.entry)?.contents ?? ''
    expect(index.startsWith(entry)).toBe(true)
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
    expect(declarationText(index, 'export type {\n  SuccessMember,')).toMatch(
      /\n} from '@statusline\/client';$/,
    )
    expect(index).not.toContain('mocks')
  })

  test('every runtime value it re-exports exists in @statusline/client', () => {
    for (const name of RUNTIME_VALUE_EXPORTS) expect(runtime, name).toHaveProperty(name)
  })

  test('mentions the mocks without re-exporting them', () => {
    for (const { contents } of emitIndex(model, { mocks: true })) {
      expect(contents).toContain('`./mocks.js`')
      expect(contents).not.toMatch(/from '\.\/mocks\.js'/)
    }
  })
})
