/**
 * Text from the spec never becomes code. Two documents: `specs/features/hostile-text.yaml`, and one built
 * here whose every text slot (info, servers, tags, summaries, descriptions, operationIds, parameter,
 * header and cookie names, media types, schema and property names, titles, defaults, examples, enum and
 * const values, patterns, formats, security schemes, extensions) carries payloads that try to break out
 * of a comment, a string, a template literal or a script element and assign `globalThis.__pwned`.
 *
 * Proven: the generated code compiles strictly; importing it in a fresh process (with `eval` disabled)
 * assigns nothing, prints nothing, exits nothing and creates no file; the text survives unchanged into
 * the mock data; the SDK calls every operation against the mocks with schema-valid answers; and the
 * CLI's diagnostics show the spec's control characters as escapes instead of sending them to the terminal.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { typecheckDirectory } from '../../generator/src/emit/schema-types/compile-generated.ts'
import { ROOT } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'
import { exerciseEveryStatus } from './helpers/exercise.ts'
import { type GeneratedSdk, generateSdk, scratchDir } from './helpers/generated-sdk.ts'
import { hostile, hostileSpec, TERMINAL_ESCAPES } from './helpers/hostile-spec.ts'
import type { TrapReport } from './helpers/import-trap.ts'

const TRAP = `${ROOT}test/robustness/helpers/import-trap.ts`
const GENERATED = ['client.js', 'index.js', 'mocks.ts', 'mock-data.ts']

/** Imports `modules` in a child process whose working directory is an empty scratch folder. */
async function importTrapped(
  label: string,
  modules: readonly string[],
): Promise<TrapReport & { cwd: string[] }> {
  const cwd = `${scratchDir(label)}empty-cwd/`
  await rm(cwd, { recursive: true, force: true })
  await mkdir(cwd, { recursive: true })
  const run = spawnSync(
    process.execPath,
    ['--disallow-code-generation-from-strings', '--import', 'tsx', TRAP, ...modules],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.status, run.stderr).toBe(0)
  const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as TrapReport
  return { ...report, cwd: await readdir(cwd) }
}

let payloads: GeneratedSdk
let feature: GeneratedSdk
// A trap in this process too, for the calls made through the SDK and the mocks.
const pwned: string[] = []

beforeAll(async () => {
  Object.defineProperty(globalThis, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => pwned.push(String(value)),
  })
  payloads = await generateSdk(hostileSpec(), 'hostile-payloads')
  feature = await generateSdk(`${ROOT}specs/features/hostile-text.yaml`, 'hostile-text')
})
afterAll(() => {
  Reflect.deleteProperty(globalThis, '__pwned')
  expect(pwned).toEqual([])
})

describe('the import trap', () => {
  it('catches a module that runs code, prints or creates files (control)', async () => {
    const dir = scratchDir('hostile-control')
    await mkdir(dir, { recursive: true })
    await writeFile(
      `${dir}control.ts`,
      "/** a doc comment */ globalThis.__pwned = 'control'\nconsole.log('side effect')\nexport const x = 1\n",
    )
    const report = await importTrapped('hostile-control', [`${dir}control.ts`])
    expect(report.pwned).toEqual(['control'])
    expect(report.sideEffects).toEqual(['console.log(side effect)'])
    expect(report.exports[`${dir}control.ts`]).toEqual(['x'])
  })
})

describe.each([
  ['payloads in every text slot', () => payloads],
  ['specs/features/hostile-text.yaml', () => feature],
])('%s', (_, sdk) => {
  it('compiles under strict (client, mocks and types)', () => {
    expect(typecheckDirectory(sdk().dir)).toEqual([])
  })

  it('imports without running, printing or writing anything', async () => {
    const { dir } = sdk()
    const before = await readdir(dir)
    const report = await importTrapped(
      dir.includes('payloads') ? 'hostile-payloads' : 'hostile-text',
      GENERATED.map((file) => `${dir}${file}`),
    )
    expect(report.errors).toEqual({})
    expect(report.pwned).toEqual([])
    expect(report.sideEffects).toEqual([])
    expect(report.cwd).toEqual([])
    expect(report.exports[`${dir}mocks.ts`]).toEqual(['createMock'])
    expect(report.exports[`${dir}index.js`]).toContain('createClient')
    expect(await readdir(dir)).toEqual(before)
  })

  it('writes no raw CR, U+2028 or U+2029 into generated code', async () => {
    for (const file of [...GENERATED, 'client.d.ts', 'operation-types.d.ts', 'schema.d.ts']) {
      const text = await readFile(`${sdk().dir}${file}`, 'utf8')
      expect(text, file).not.toMatch(/[\r\u2028\u2029]/)
    }
  })

  it('answers every operation × declared status through the SDK with schema-valid bodies', async () => {
    const report = await exerciseEveryStatus(sdk())
    expect(report.failures).toEqual([])
    expect(report.calls).toBeGreaterThanOrEqual(sdk().data.operations.length)
  })
})

describe('payloads in every text slot', () => {
  it('keeps the text exactly as written in the mock data', () => {
    const spec = hostileSpec() as {
      info: { title: string }
      components: { schemas: Record<string, { properties: Record<string, { enum?: unknown[] }> }> }
    }
    const schemas = payloads.data.components.schemas as typeof spec.components.schemas
    expect(payloads.data.title).toBe(hostile('info.title'))
    expect(payloads.data.title).toBe(spec.info.title)
    expect(schemas.Hostile_Name?.properties.mood?.enum).toEqual(
      spec.components.schemas.Hostile_Name?.properties.mood?.enum,
    )
    expect(Object.keys(schemas)).toEqual(Object.keys(spec.components.schemas))
  })

  it('leaves out header, cookie and apiKey names HTTP cannot carry, with SL015 naming each', () => {
    const codes = payloads.result.warnings.map((w) => w.code)
    expect(codes.filter((code) => code === 'SL015')).toHaveLength(4)
    for (const operation of payloads.data.operations) {
      for (const parameter of operation.parameters)
        if (parameter.in === 'header' || parameter.in === 'cookie')
          expect(parameter.name).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/)
    }
    expect(payloads.data.securitySchemes).toEqual({})
  })

  it('prints its diagnostics with control characters escaped, and exits 0', async () => {
    const out = `${scratchDir('hostile-payloads')}cli-out`
    const run = runCli(['generate', `${scratchDir('hostile-payloads')}spec.json`, '--out', out])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('SL015')
    expect(run.stderr).toContain('\\u001b[2J')
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
    expect(TERMINAL_ESCAPES).toMatch(/\u001b/)
  })
})
