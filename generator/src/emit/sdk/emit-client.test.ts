import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { declarationText } from '../../testing/declaration-text.ts'
import {
  createContent,
  createHeader,
  createModel,
  createOperation,
  createParameter,
  createRequestBody,
  createResponse,
} from '../../testing/model-factory.ts'
import { emitClient } from './emit-client.ts'
import { emitIndex } from './index-file.ts'

/** Code that must never become code. */
const PAYLOAD = 'alert(1)'

/** Ranges of a module's comments and string-like literals, from the TypeScript scanner. */
function inertRanges(text: string): [number, number][] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text)
  const ranges: [number, number][] = []
  const inert = new Set([
    ts.SyntaxKind.SingleLineCommentTrivia,
    ts.SyntaxKind.MultiLineCommentTrivia,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ])
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (inert.has(kind)) ranges.push([scanner.getTokenFullStart(), scanner.getTokenEnd()])
  }
  return ranges
}

/** Every place `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** Syntax errors of a module. */
function syntaxErrors(text: string): string[] {
  const result = ts.transpileModule(text, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  })
  return (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

/** The names of a module's top-level statements, in order. */
function topLevelNames(text: string): string[] {
  const file = ts.createSourceFile('client.ts', text, ts.ScriptTarget.Latest)
  return file.statements.map((statement) => {
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.map((d) => d.name.getText(file)).join()
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))
      return statement.kind === ts.SyntaxKind.ImportDeclaration ? 'import' : 'export'
    const named = statement as ts.Statement & { name?: ts.Identifier }
    return named.name?.text ?? ts.SyntaxKind[statement.kind]
  })
}

const hostile = `Ends */ ${PAYLOAD}; /* then\r\n@param x \${x} \`tick\` \u2028 ${PAYLOAD} */`

describe('emitClient', () => {
  test('hostile doc text stays inside comments, and spec strings inside string literals', () => {
    const model = createModel({
      title: hostile,
      source: `/specs/evil */ ${PAYLOAD}.yaml`,
      servers: [`https://api.example.com/'+${PAYLOAD}+'`],
      securitySchemes: { [`key'${PAYLOAD}`]: { type: 'apiKey', in: 'header', name: `X-Key */ ${PAYLOAD}` } },
      operations: [
        createOperation({
          doc: hostile,
          path: `/zoos/{zId}/'*/${PAYLOAD}`,
          parameters: [
            createParameter('zId', { in: 'path', doc: hostile }),
            createParameter(`q'*/${PAYLOAD}`, { doc: hostile, explode: false }),
          ],
          requestBody: createRequestBody({
            doc: hostile,
            contents: [createContent({ mediaType: `application/json'*/${PAYLOAD}` })],
          }),
          responses: [
            createResponse('200', {
              doc: hostile,
              headers: [createHeader(`X-A'*/${PAYLOAD}`, { doc: hostile })],
              contents: [
                createContent({ mediaType: `application/json'*/${PAYLOAD}`, schema: { type: 'object' } }),
              ],
            }),
          ],
          security: [{ [`key'${PAYLOAD}`]: [] }],
        }),
      ],
    })
    for (const file of [emitClient(model), emitIndex(model, { mocks: true })]) {
      expect(syntaxErrors(file.contents)).toEqual([])
      const inert = inertRanges(file.contents)
      const found = occurrences(file.contents, PAYLOAD)
      expect(found.length).toBeGreaterThan(0)
      for (const at of found) {
        expect(
          inert.some(([start, end]) => start <= at && at + PAYLOAD.length <= end),
          `${file.path} at ${at}`,
        ).toBe(true)
      }
    }
    expect(topLevelNames(emitClient(model).contents)).toEqual([
      'import',
      'import',
      'servers',
      'securitySchemes',
      'GetZooParams',
      'GetZooResult',
      'getZooSpec',
      'getZoo',
      'OperationTypes',
      'Api',
      'createClient',
    ])
  })

  test('imports exactly what the module uses', () => {
    const client = emitClient(
      createModel({ operations: [createOperation({ responses: [createResponse('204')] })] }),
    )
    const imports = client.contents.split('\n').filter((line) => line.startsWith('import '))
    expect(imports).toEqual([
      "import { call, createClient as createRuntimeClient, type CallOptions, type Client, type ClientOptions, type ErrorMember, type ErrorStatus, type OperationSpec, type Status2xx, type SuccessMember } from '@statusline/client';",
    ])
  })

  test('names the emitter adds step aside for operations that took them', () => {
    const model = createModel({
      operations: [
        createOperation({ name: 'getZoo' }),
        createOperation({ name: 'getZooSpec', path: '/spec' }),
        createOperation({ name: 'createRuntimeClient', path: '/runtime' }),
        createOperation({ name: 'params', path: '/params' }),
        createOperation({ name: 'options', path: '/options' }),
      ],
    })
    const client = emitClient(model).contents
    expect(syntaxErrors(client)).toEqual([])
    expect(client).toContain('const getZooSpec_ = {')
    expect(client).toContain('return call<GetZooResult>(getZooSpec_, params, options);')
    expect(client).toContain('const getZooSpecSpec = {')
    expect(client).toContain('import { call, createClient as createRuntimeClient_, type CallOptions')
    expect(declarationText(client, 'export function createClient(')).toContain(
      '  getZoo: (params_, options_) => getZoo(params_, { ...options_, client }),',
    )
  })

  test('createClient binds every operation, defaulting baseUrl to the first server', () => {
    const model = createModel({
      servers: ['https://a.example.com', 'https://b.example.com'],
      operations: [createOperation(), createOperation({ name: 'listZoos', path: '/zoos' })],
    })
    expect(declarationText(emitClient(model).contents, 'export function createClient(')).toBe(
      [
        'export function createClient(options: ClientOptions = {}): Client & Api {',
        '  const client = createRuntimeClient({ baseUrl: servers[0], securitySchemes, ...options });',
        '  const operations: Api = {',
        '    getZoo: (params, options) => getZoo(params, { ...options, client }),',
        '    listZoos: (params, options) => listZoos(params, { ...options, client }),',
        '  };',
        '  return Object.assign(client, operations);',
        '}',
      ].join('\n'),
    )
    const noServers = emitClient(createModel({ servers: [] })).contents
    expect(noServers).toContain('export const servers = [] as const;')
    expect(noServers).toContain('createRuntimeClient({ securitySchemes, ...options })')
  })

  test('the same model gives the same text, headed by the source file name', () => {
    const model = createModel({ source: '/home/someone/specs/zoo.yaml' })
    const first = emitClient(model).contents
    expect(emitClient(model).contents).toBe(first)
    expect(first.split('\n', 1)[0]).toBe('/** Generated by statusline from zoo.yaml — do not edit. */')
    expect(emitClient(model, { sourceLabel: 'specs/zoo.yaml' }).contents).toContain('from specs/zoo.yaml —')
  })
})
