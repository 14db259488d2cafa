/**
 * Bad specs through the CLI, as a user meets them: every fixture of `specs/broken/` (and a missing file)
 * makes `statusline generate` and `statusline mock` exit 1 with one diagnostic naming its stable code, the
 * file, the JSON pointer or line, and the fix — no stack trace, and no output directory. Problems a vendor
 * spec really has but that can be worked around (duplicate operationIds, undeclared path parameters,
 * fields the OpenAPI schema does not allow) are warnings with the same details, and the SDK is generated
 * with every operation callable.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagnosticCodes } from '../../generator/src/diagnostics/codes.ts'
import { CLI, ROOT } from '../helpers/paths.ts'
import { STACK_FRAME } from './helpers/cli-output.ts'
import { type CallOperation, fetchFrom, generateSdk, scratchDir } from './helpers/generated-sdk.ts'

const BROKEN = `${ROOT}specs/broken/`
const base = scratchDir('bad-specs')

interface Row {
  readonly fixture: string
  readonly code: string
  readonly file: string
  readonly pointer: string | undefined
  readonly line: string | undefined
}

/** The expectations table of specs/broken/README.md. */
function rows(): Row[] {
  return readFileSync(`${BROKEN}README.md`, 'utf8')
    .split('\n')
    .filter((line) => /^\|\s*[\w.-]+\.(ya?ml|json)\s*\|/.test(line))
    .map((line) => {
      const [fixture = '', code = '', file = '', pointer = '', at = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
      return {
        fixture,
        code,
        file,
        pointer: pointer === '—' || pointer === '(root)' ? undefined : pointer,
        line: at === '—' ? undefined : at,
      }
    })
}

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI asynchronously (so several runs overlap), with a time limit. */
function cli(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
      resolve({ code, stdout, stderr })
    })
  })
}

/** Checks a failure: exit 1, the code with its name and a fix, the file, the pointer or line, no stack. */
function expectDiagnostic(run: Run, want: Omit<Row, 'fixture'>): void {
  expect(run.code).toBe(1)
  const name = (diagnosticCodes as Record<string, { name: string }>)[want.code]?.name
  expect(run.stderr).toContain(`error ${want.code} ${name}:`)
  expect(run.stderr).toContain(want.file)
  if (want.pointer !== undefined) expect(run.stderr).toContain(`#${want.pointer}`)
  if (want.line !== undefined) expect(run.stderr).toMatch(new RegExp(`\\(line ${want.line}[:)]`))
  expect(run.stderr).toMatch(/^ {2}fix: \S/m)
  expect(run.stderr).not.toMatch(STACK_FRAME)
}

const table = [
  ...rows(),
  {
    fixture: 'does-not-exist.yaml',
    code: 'SL001',
    file: 'does-not-exist.yaml',
    pointer: undefined,
    line: undefined,
  },
]

beforeAll(async () => {
  await rm(base, { recursive: true, force: true })
  await mkdir(base, { recursive: true })
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('broken specs through the CLI', () => {
  it('every fixture of specs/broken is in the table', () => {
    expect(table.length).toBeGreaterThanOrEqual(16)
  })

  it.concurrent.each(table.map((row) => [row.fixture, row] as const))(
    '%s: generate exits 1 with the diagnostic, and writes nothing',
    async (fixture, row) => {
      const out = `${base}${fixture}-out`
      expectDiagnostic(await cli(['generate', `${BROKEN}${fixture}`, '--out', out]), row)
      expect(existsSync(out)).toBe(false)
    },
  )

  // The mock command loads through the same loader; one fixture per stage (read, parse, version, $ref).
  it.concurrent.each(
    table
      .filter((row) => ['SL001', 'SL002', 'SL004', 'SL005', 'SL006'].includes(row.code))
      .filter((row, index, all) => all.findIndex((other) => other.code === row.code) === index)
      .map((row) => [row.fixture, row] as const),
  )('%s: mock exits 1 with the diagnostic, and serves nothing', async (fixture, row) => {
    const mock = await cli(['mock', `${BROKEN}${fixture}`, '--port', '0', '--no-watch'])
    expectDiagnostic(mock, row)
    expect(mock.stdout).not.toContain('API ')
  })
})

describe('problems the model finds', () => {
  it('an `in: body` parameter in an OpenAPI 3 spec: generate and mock name its file, pointer and line', async () => {
    const spec = [
      'openapi: "3.1.0"',
      'info: { title: Body param, version: "1" }',
      'paths:',
      '  /a:',
      '    post:',
      '      parameters:',
      '        - { name: b, in: body, schema: { type: string } }',
      '      responses: { "200": { description: ok } }',
    ].join('\n')
    await writeFile(`${base}in-body.yaml`, spec)
    const want = { code: 'SL007', file: 'in-body.yaml', pointer: '/paths/~1a/post/parameters/0', line: '7' }
    expectDiagnostic(await cli(['generate', `${base}in-body.yaml`, '--out', `${base}in-body-out`]), want)
    expect(existsSync(`${base}in-body-out`)).toBe(false)
    expectDiagnostic(await cli(['mock', `${base}in-body.yaml`, '--port', '0', '--no-watch']), want)
  })

  it.each([
    ['/zoos/{zooId', 'its "{" at offset 6 is never closed'],
    ['/zoos/zooId}', 'its "}" at offset 11 closes nothing'],
    ['/zoos/{}', 'its "{}" at offset 6 names no parameter'],
    ['/zoos/{{zooId}}', 'its "{" at offset 7 opens inside the expression opened at offset 6'],
  ])(
    'a path template %s that no URL can fill: generate and mock refuse it with its pointer and line',
    async (path, problem) => {
      const spec = [
        'openapi: "3.1.0"',
        'info: { title: Bad template, version: "1" }',
        'paths:',
        `  "${path}":`,
        '    get: { responses: { "200": { description: ok } } }',
      ].join('\n')
      await writeFile(`${base}bad-template.yaml`, spec)
      const pointer = `/paths/${path.replaceAll('/', '~1')}`
      const want = { code: 'SL007', file: 'bad-template.yaml', pointer, line: '4' }
      const run = await cli(['generate', `${base}bad-template.yaml`, '--out', `${base}bad-template-out`])
      expectDiagnostic(run, want)
      expect(run.stderr).toContain(`The path ${path} is not a valid path template: ${problem}.`)
      expect(existsSync(`${base}bad-template-out`)).toBe(false)
      expectDiagnostic(await cli(['mock', `${base}bad-template.yaml`, '--port', '0', '--no-watch']), want)
    },
  )
})

describe('problems worked around, reported as warnings', () => {
  it('a security requirement naming a scheme no one declares is SL007 with its pointer and line, at the document and the operation', async () => {
    const spec = [
      'openapi: "3.1.0"',
      'info: { title: Unknown schemes, version: "1" }',
      'security: [{ nope: [] }]',
      'components: { securitySchemes: { bearer: { type: http, scheme: bearer } } }',
      'paths:',
      '  /a:',
      '    get:',
      '      security: [{ bearer: [], alsoNope: [] }]',
      '      responses: { "200": { description: ok } }',
      '  /b: { get: { responses: { "200": { description: ok } } } }',
    ].join('\n')
    await writeFile(`${base}unknown-scheme.yaml`, spec)
    const run = await cli(['generate', `${base}unknown-scheme.yaml`, '--out', `${base}unknown-scheme-out`])
    expect(run.code).toBe(0)
    const blocks = run.stderr.split(/\n(?=warning|error)/).filter((b) => b.startsWith('warning SL007 '))
    expect(blocks).toHaveLength(2)
    expect(blocks.join('\n')).toMatch(
      /"alsoNope".*\n {2}at .*unknown-scheme\.yaml#\/paths\/~1a\/get\/security\/0\/alsoNope \(line 8:/,
    )
    expect(blocks.join('\n')).toMatch(/"nope".*\n {2}at .*unknown-scheme\.yaml#\/security\/0\/nope \(line 3:/)
  })

  it('a server URL variable without a default is SL007 at the url, and the URL keeps it as written', async () => {
    const spec = [
      'openapi: "3.1.0"',
      'info: { title: Server variables, version: "1" }',
      'servers:',
      '  - url: "https://{region}.example.com/{base}"',
      '    variables: { region: { default: eu } }',
      'paths: { /a: { get: { operationId: getA, responses: { "200": { description: ok } } } } }',
    ].join('\n')
    await writeFile(`${base}server-vars.yaml`, spec)
    const out = `${base}server-vars-out`
    const run = await cli(['generate', `${base}server-vars.yaml`, '--out', out])
    expect(run.code).toBe(0)
    const blocks = run.stderr.split(/\n(?=warning|error)/).filter((b) => b.startsWith('warning SL007 '))
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toMatch(/uses \{base\}.*\n {2}at .*server-vars\.yaml#\/servers\/0\/url \(line 4:/)
    expect(await readFile(`${out}/client.js`, 'utf8')).toContain('https://eu.example.com/{base}')
  })

  const spec = {
    openapi: '3.1.0',
    info: { title: 'Vendor quirks', version: '1' },
    servers: [{ url: 'https://vendor.example.com' }],
    paths: {
      '/a': {
        get: { operationId: 'getThing', responses: { '200': { description: 'a' } }, 'x-ok': true },
      },
      '/b/{bId}': {
        get: {
          operationId: 'getThing',
          responses: { '200': { description: 'b' } },
          unknownField: 'not allowed by the OpenAPI schema',
        },
      },
    },
  }

  it('prints SL008, SL009 and SL007 with file, pointer, line and fix, exits 0, and both operations work', async () => {
    await writeFile(`${base}vendor.json`, JSON.stringify(spec, null, 2))
    const run = await cli(['generate', `${base}vendor.json`, '--out', `${base}vendor-out`])
    expect(run.code).toBe(0)
    expect(run.stderr).not.toMatch(STACK_FRAME)
    const blocks = run.stderr.split(/\n(?=warning|error)/)
    const block = (code: string) => blocks.find((b) => b.startsWith(`warning ${code} `)) ?? ''
    expect(block('SL008')).toMatch(
      /^warning SL008 duplicate-operation-id: The operationId "getThing" of GET \/b\/\{bId\} is already used by GET \/a; this operation is generated as getThing2\.\n {2}at .*vendor\.json#\/paths\/~1b~1\{bId\}\/get \(line \d+:\d+\)\n {2}fix: \S/,
    )
    expect(block('SL009')).toMatch(
      /^warning SL009 undeclared-path-parameter: .*\{bId\}.*\n {2}at .*vendor\.json#\/paths\/~1b~1\{bId\}\/get \(line \d+:\d+\)\n {2}fix: Declare/,
    )
    expect(block('SL007')).toMatch(/unknownField[\s\S]*\n {2}at .*vendor\.json#\/paths\/~1b~1\{bId\}\/get/)

    const sdk = await generateSdk(`${base}vendor.json`, 'bad-specs-vendor')
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    expect((await (sdk.client.getThing as CallOperation)({}, { client })).status).toBe(200)
    const second = await (sdk.client.getThing2 as CallOperation)({ path: { bId: 'x' } }, { client })
    expect(second.status).toBe(200)
    expect(mock.calls('getThing2')[0]?.url).toBe('https://vendor.example.com/b/x')
  })
})
