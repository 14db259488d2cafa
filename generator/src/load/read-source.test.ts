import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DiagnosticError } from '../diagnostics/diagnostic.ts'
import { parseSource, readSource } from './read-source.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statusline-read-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function diagnosticsOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics
    throw error
  }
  throw new Error('expected a DiagnosticError')
}

describe('parseSource', () => {
  it('reads YAML with the 1.2 core schema', () => {
    const source = parseSource(
      'a: on\nb: yes\nc: 0o17\nd: 017\ne: 1.0\nf: ~\ng: 2001-12-14\n',
      '/x/spec.yaml',
    )
    expect(source.format).toBe('yaml')
    expect(source.value).toEqual({ a: 'on', b: 'yes', c: 15, d: 17, e: 1, f: null, g: '2001-12-14' })
  })

  it('reads .json files as JSON and JSON-looking text in other files with the JSON parser', () => {
    expect(parseSource('{"a": [1]}', '/x/spec.json')).toMatchObject({ format: 'json', value: { a: [1] } })
    expect(parseSource('\ufeff {"a": 1}', '/x/spec.yaml')).toMatchObject({ format: 'json', value: { a: 1 } })
    // A YAML flow mapping that is not JSON still reads as YAML.
    expect(parseSource('{a: 1}', '/x/spec.yaml')).toMatchObject({ format: 'yaml', value: { a: 1 } })
  })

  it('locates pointers in YAML (keys of members, items of lists, through aliases)', () => {
    const source = parseSource('base: &b\n  x: 1\nlist:\n  - first\n  - y: 2\nref: *b\n', '/x/a.yaml')
    expect(source.locate([])).toEqual({ line: 1, column: 1 })
    expect(source.locate(['base', 'x'])).toEqual({ line: 2, column: 3 })
    expect(source.locate(['list', '1', 'y'])).toEqual({ line: 5, column: 5 })
    expect(source.locate(['ref', 'x'])).toEqual({ line: 2, column: 3 })
    expect(source.locate(['nope'])).toBeUndefined()
  })

  it('reports invalid YAML as SL002 with line and column', () => {
    const diagnostics = diagnosticsOf(() => parseSource('a:\n  b: [1, 2\nc: 3\n', '/x/bad.yaml'))
    expect(diagnostics[0]).toMatchObject({
      code: 'SL002',
      severity: 'error',
      file: '/x/bad.yaml',
      line: 3,
      column: 1,
    })
    expect(diagnostics[0]?.message).not.toContain('\n')
  })

  it('reports invalid JSON in a .json file as SL003 with line and column', () => {
    const diagnostics = diagnosticsOf(() => parseSource('{\n  "a": 1,\n  "b": }\n', '/x/bad.json'))
    expect(diagnostics).toMatchObject([{ code: 'SL003', file: '/x/bad.json', line: 3, column: 8 }])
  })

  it('warns about integers beyond 2^53 with their pointer and line, in JSON and YAML', () => {
    const json = parseSource('{"ids": [1, 12345678901234567890]}', '/x/a.json')
    expect(json.warnings).toMatchObject([
      { code: 'SL012', severity: 'warning', pointer: '/ids/1', line: 1, column: 13 },
    ])
    const yaml = parseSource(
      'n: 9007199254740993\nsafe: 9007199254740991\nsha: "12345678901234567890"\n',
      '/x/a.yaml',
    )
    expect(yaml.warnings).toMatchObject([{ code: 'SL012', pointer: '/n', line: 1 }])
  })
})

describe('readSource', () => {
  it('reads a file by path and resolves it to an absolute path', async () => {
    const file = join(dir, 'spec.yml')
    await writeFile(file, 'openapi: 3.1.0\n')
    const source = await readSource(file)
    expect(source).toMatchObject({ path: file, format: 'yaml', value: { openapi: '3.1.0' } })
  })

  it('reports a missing file and a directory as SL001', async () => {
    for (const path of [join(dir, 'missing.yaml'), dir]) {
      const error = await readSource(path).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DiagnosticError)
      expect((error as DiagnosticError).diagnostics).toMatchObject([{ code: 'SL001', file: path }])
    }
  })
})
