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
    const { client, declarations, types } = emitClient(model)
    for (const file of [client, declarations, types, ...emitIndex(model, { mocks: true })]) {
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
    expect(topLevelNames(client.contents)).toEqual([
      'import',
      'servers',
      'securitySchemes',
      'getZooSpec',
      'getZoo',
      'createClient',
      'bindOperations',
    ])
    expect(topLevelNames(declarations.contents)).toEqual([
      'import',
      'import',
      'servers',
      'securitySchemes',
      'getZoo',
      'Api',
      'createClient',
    ])
    expect(topLevelNames(types.contents)).toEqual([
      'import',
      'import',
      'NoHeaders',
      'GetZooParams',
      'GetZooResult',
      'OperationTypes',
    ])
  })

  test('each file imports exactly what it uses; the code imports its types by JSDoc', () => {
    const { client, declarations, types } = emitClient(
      createModel({ operations: [createOperation({ responses: [createResponse('204')] })] }),
    )
    const importsOf = (text: string) =>
      text.split('\n').filter((line) => line.startsWith('import ') || line.startsWith('/** @import '))
    expect(importsOf(client.contents)).toEqual([
      "import { call, createClient as createRuntimeClient, tokenCredential } from '@statusline/client';",
      "/** @import { CallOptions, Client, OperationSpec } from '@statusline/client' */",
    ])
    expect(importsOf(declarations.contents)).toEqual([
      "import type { ApplyCredential, CallOptions, Client, ClientOptions } from '@statusline/client';",
      "import type * as types from './operation-types.js';",
    ])
    expect(importsOf(types.contents)).toEqual([
      "import type { ErrorMember, ErrorStatus, Status2xx, SuccessMember } from '@statusline/client';",
    ])
  })

  test('the code calls the runtime with the descriptor; the declaration takes its types from operation-types.d.ts', () => {
    const { client, declarations } = emitClient(createModel({ operations: [createOperation()] }))
    expect(declarationText(client.contents, '/** @type {OperationSpec} */')).toBe(
      [
        '/** @type {OperationSpec} */',
        'const getZooSpec = {',
        "  method: 'GET',",
        "  path: '/zoos/{zId}',",
        '  responses: { 200: {} },',
        '};',
      ].join('\n'),
    )
    expect(declarationText(client.contents, 'export function getZoo(')).toBe(
      ['export function getZoo(params, options) {', '  return call(getZooSpec, params, options);', '}'].join(
        '\n',
      ),
    )
    expect(declarationText(declarations.contents, 'export declare function getZoo(')).toBe(
      'export declare function getZoo(params?: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
    )
  })

  test('names the emitter adds step aside for operations that took them', () => {
    const model = createModel({
      operations: [
        createOperation({ name: 'getZoo' }),
        createOperation({ name: 'getZooSpec', path: '/spec' }),
        createOperation({ name: 'createRuntimeClient', path: '/runtime' }),
        createOperation({ name: 'types', path: '/types' }),
        createOperation({ name: 'bindOperations', path: '/bind' }),
        createOperation({ name: 'options', path: '/options' }),
        createOperation({ name: 'client', path: '/client' }),
      ],
    })
    const { client: code, declarations } = emitClient(model)
    const client = code.contents
    expect(syntaxErrors(client)).toEqual([])
    expect(syntaxErrors(declarations.contents)).toEqual([])
    expect(client).toContain('const getZooSpec_ = {')
    expect(client).toContain('return call(getZooSpec_, params, options);')
    expect(client).toContain('const getZooSpecSpec = {')
    expect(client).toContain('import { call, createClient as createRuntimeClient_, tokenCredential }')
    expect(declarations.contents).toContain("import type * as types_ from './operation-types.js';")
    expect(declarations.contents).toContain('Promise<types_.GetZooResult>')
    expect(client).toContain('function bindOperations_(operations, client) {')
    expect(declarationText(client, 'export function createClient(')).toContain(
      'return Object.assign(client_, bindOperations_(operations, client_));',
    )
    expect(declarationText(client, 'export function createClient(')).toContain(
      'export function createClient(options_ = {}) {',
    )
  })

  test('createClient binds every operation, defaulting baseUrl to the first server', () => {
    const model = createModel({
      servers: ['https://a.example.com', 'https://b.example.com'],
      operations: [createOperation(), createOperation({ name: 'listZoos', path: '/zoos' })],
    })
    const { client: code, declarations } = emitClient(model)
    const client = code.contents
    expect(declarationText(declarations.contents, 'export interface Api {')).toBe(
      ['export interface Api {', '  getZoo: typeof getZoo;', '  listZoos: typeof listZoos;', '}'].join('\n'),
    )
    expect(declarationText(declarations.contents, 'export declare function createClient(')).toBe(
      'export declare function createClient(options?: ClientOptions): Client & Api;',
    )
    expect(declarationText(client, 'export function createClient(')).toBe(
      [
        'export function createClient(options = {}) {',
        '  const client = createRuntimeClient({ baseUrl: servers[0], securitySchemes, ...options });',
        '  const operations = {',
        '    getZoo,',
        '    listZoos,',
        '  };',
        '  return Object.assign(client, bindOperations(operations, client));',
        '}',
      ].join('\n'),
    )
    expect(declarationText(client, 'function bindOperations(')).toBe(
      [
        'function bindOperations(operations, client) {',
        '  /** @type {typeof operations} */',
        '  const bound = {};',
        '  for (const [name, operation] of Object.entries(operations)) {',
        '    bound[name] = (params, options) => operation(params, { ...options, client });',
        '  }',
        '  return bound;',
        '}',
      ].join('\n'),
    )
    expect(declarations.contents).toContain(
      "export declare const servers: readonly ['https://a.example.com', 'https://b.example.com'];",
    )
    const noServers = emitClient(createModel({ servers: [] }))
    expect(noServers.client.contents).toContain('export const servers = /** @type {const} */ ([]);')
    expect(noServers.declarations.contents).toContain('export declare const servers: readonly [];')
    expect(noServers.client.contents).toContain('createRuntimeClient({ securitySchemes, ...options })')
  })

  test('the same model gives the same text, headed by the source file name', () => {
    const model = createModel({ source: '/home/someone/specs/zoo.yaml' })
    const first = emitClient(model)
    expect(emitClient(model)).toEqual(first)
    for (const file of [first.client, first.declarations, first.types]) {
      expect(file.contents.split('\n', 1)[0]).toBe(
        '/** Generated by statusline from zoo.yaml — do not edit. */',
      )
    }
    expect(emitClient(model, { sourceLabel: 'specs/zoo.yaml' }).types.contents).toContain(
      'from specs/zoo.yaml —',
    )
  })
})
