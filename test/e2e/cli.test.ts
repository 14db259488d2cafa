import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCRATCH } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'

const dir = `${SCRATCH}cli/`

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A CLI failure must be one clear message: no stack trace, exit 1. */
function expectCleanFailure(run: { code: number; stderr: string }): void {
  expect(run.code).toBe(1)
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

describe('statusline generate', () => {
  it('generates the zoo SDK, then --check passes, then fails after an edit', async () => {
    const out = `${dir}zoo`
    const gen = runCli(['generate', 'specs/zoo.yaml', '--out', out])
    expect(gen.stderr).toBe('')
    expect(gen.code).toBe(0)
    expect(gen.stdout).toMatch(/generated \d+ files for \d+ operations? into/)
    for (const file of [
      'schema.d.ts',
      'client.d.ts',
      'client.js',
      'index.d.ts',
      'index.js',
      'mocks.ts',
      'mock-data.ts',
    ]) {
      expect((await readFile(`${out}/${file}`, 'utf8')).length).toBeGreaterThan(0)
    }
    expect(runCli(['generate', 'specs/zoo.yaml', '--out', out, '--check']).code).toBe(0)
    await writeFile(`${out}/client.js`, `${await readFile(`${out}/client.js`, 'utf8')}\n// edited\n`)
    const drift = runCli(['generate', 'specs/zoo.yaml', '--out', out, '--check'])
    expect(drift.code).toBe(1)
    expect(drift.stdout).toContain('client.js')
  })

  it('names a missing file', () => {
    const run = runCli(['generate', 'specs/does-not-exist.yaml', '--out', `${dir}x`])
    expectCleanFailure(run)
    expect(run.stderr).toContain('does-not-exist.yaml')
  })

  it('names the file and line of invalid YAML, and writes nothing', async () => {
    const spec = `${dir}broken.yaml`
    await writeFile(spec, 'openapi: 3.1.0\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a: [unclosed\n')
    const run = runCli(['generate', spec, '--out', `${dir}broken-out`])
    expectCleanFailure(run)
    expect(run.stderr).toContain('broken.yaml')
    expect(run.stderr).toMatch(/line \d+|:\d+:\d+/)
    await expect(readFile(`${dir}broken-out/client.js`, 'utf8')).rejects.toThrow()
  })

  it('names the JSON pointer of a broken $ref', async () => {
    const spec = `${dir}broken-ref.yaml`
    await writeFile(
      spec,
      [
        'openapi: 3.1.0',
        'info: { title: x, version: "1" }',
        'paths:',
        '  /a:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        "              schema: { $ref: '#/components/schemas/Missing' }",
      ].join('\n'),
    )
    const run = runCli(['generate', spec, '--out', `${dir}broken-ref-out`])
    expectCleanFailure(run)
    expect(run.stderr).toContain('broken-ref.yaml')
    expect(run.stderr).toContain('#/components/schemas/Missing')
  })

  it('refuses an unsupported version', async () => {
    const spec = `${dir}v4.json`
    await writeFile(spec, JSON.stringify({ openapi: '4.0.0', info: { title: 'x', version: '1' }, paths: {} }))
    const run = runCli(['generate', spec, '--out', `${dir}v4-out`])
    expectCleanFailure(run)
    expect(run.stderr).toContain('4.0.0')
  })

  it('prints a stack trace only with --debug', async () => {
    const spec = `${dir}v4.json`
    const run = runCli(['generate', spec, '--out', `${dir}v4-out`, '--debug'])
    expect(run.code).toBe(1)
  })

  it('explains usage mistakes', () => {
    const unknown = runCli(['generate', 'specs/zoo.yaml', '--out', `${dir}z`, '--frobnicate'])
    expectCleanFailure(unknown)
    expect(unknown.stderr).toContain('frobnicate')
    const noOut = runCli(['generate', 'specs/zoo.yaml'])
    expectCleanFailure(noOut)
    expect(noOut.stderr).toContain('--out')
    expect(runCli(['--help']).stdout).toContain('statusline generate')
  })
})
