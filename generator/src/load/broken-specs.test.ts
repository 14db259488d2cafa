import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DiagnosticError } from '../diagnostics/diagnostic.ts'
import { renderDiagnostics } from '../diagnostics/render.ts'
import { loadSpec } from './load-spec.ts'

const brokenDir = resolve(import.meta.dirname, '../../../specs/broken')

interface Expectation {
  fixture: string
  code: string
  file: string
  pointer: string | undefined
  line: number | undefined
}

/** The expectations table of specs/broken/README.md, one row per fixture. */
function readExpectations(): Expectation[] {
  const rows = readFileSync(join(brokenDir, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\|\s*[\w.-]+\.(ya?ml|json)\s*\|/.test(line))
  return rows.map((row) => {
    const [fixture = '', code = '', file = '', pointer = '', line = ''] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    return {
      fixture,
      code,
      file: join(brokenDir, file),
      pointer: pointer === '—' ? undefined : pointer === '(root)' ? '' : pointer,
      line: line === '—' ? undefined : Number(line),
    }
  })
}

const expectations = readExpectations()

describe('broken specs', () => {
  it('has a row for every fixture in specs/broken', async () => {
    const { readdir } = await import('node:fs/promises')
    const fixtures = (await readdir(brokenDir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()
    expect(expectations.map((e) => e.fixture).sort()).toEqual(fixtures)
  })

  it.each(expectations.map((e) => [e.fixture, e] as const))(
    '%s reports its diagnostic',
    async (fixture, want) => {
      const error = await loadSpec(join(brokenDir, fixture)).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error, `${fixture} must fail`).toBeInstanceOf(DiagnosticError)
      const first = (error as DiagnosticError).diagnostics[0]
      expect(first).toMatchObject({ code: want.code, severity: 'error', file: want.file })
      expect(first?.pointer).toBe(want.pointer)
      expect(first?.line).toBe(want.line)
      expect(first?.hint).toBeTruthy()

      const text = renderDiagnostics((error as DiagnosticError).diagnostics, { cwd: brokenDir })
      expect(text).toContain(`error ${want.code} `)
      expect(text).not.toMatch(/\n\s+at .*\.ts:\d+/) // no stack frames
    },
  )
})
