import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadOrCompile } from './compiled-schema.ts'

const broken = {
  openapi: '3.1.0',
  info: { title: 'T' },
  paths: { '/a': { get: { responses: { '200': { content: {} } }, bogus: 1 } } },
}
const valid = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: { '/a': { get: { responses: { '204': { description: 'none' } } } } },
}

const dirs: string[] = []
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'statusline-schema-cache-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function errorsOf(validate: Awaited<ReturnType<typeof loadOrCompile>>, document: unknown) {
  return validate(document) ? [] : validate.errors
}

describe('loadOrCompile', () => {
  it('caches the generated code, and the cached code finds the same errors', async () => {
    const dir = cacheDir()
    const compiled = await loadOrCompile('3.1', dir)
    const files = readdirSync(dir)
    expect(files).toEqual([expect.stringMatching(/^openapi-3\.1-[0-9a-f]{16}\.cjs$/)])
    const cached = await loadOrCompile('3.1', dir)
    expect(cached).not.toBe(compiled)
    const expected = errorsOf(compiled, broken)
    expect(expected?.length).toBeGreaterThan(0)
    expect(errorsOf(cached, broken)).toEqual(expected)
    expect(errorsOf(cached, { ...broken, info: { title: 'T', version: '1' } })).not.toEqual(expected)
  })

  it('keeps one file per version', async () => {
    const dir = cacheDir()
    const v30 = await loadOrCompile('3.0', dir)
    await loadOrCompile('3.1', dir)
    expect(readdirSync(dir).sort()).toEqual([
      expect.stringMatching(/^openapi-3\.0-/),
      expect.stringMatching(/^openapi-3\.1-/),
    ])
    expect(v30(valid)).toBe(true)
    expect((await loadOrCompile('3.0', dir))(valid)).toBe(true)
  })

  it('compiles again when the cached file does not evaluate, and replaces it', async () => {
    const dir = cacheDir()
    await loadOrCompile('3.0', dir)
    const [file] = readdirSync(dir)
    writeFileSync(join(dir, file!), 'module.exports = (')
    const validate = await loadOrCompile('3.0', dir)
    expect(validate(valid)).toBe(true)
    expect(validate({ ...valid, paths: 1 })).toBe(false)
    expect(readdirSync(dir)).toEqual([file])
    expect((await loadOrCompile('3.0', dir))({ ...valid, paths: 1 })).toBe(false)
  })

  it('compiles without a cache when there is none or it cannot be written', async () => {
    expect((await loadOrCompile('3.0', undefined))(valid)).toBe(true)
    const dir = cacheDir()
    const file = join(dir, 'not-a-directory')
    writeFileSync(file, '')
    expect((await loadOrCompile('3.0', file))(valid)).toBe(true)
  })
})
