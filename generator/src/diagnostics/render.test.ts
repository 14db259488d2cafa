import { describe, expect, it } from 'vitest'
import { diagnosticCodes } from './codes.ts'
import { createDiagnostic, type Diagnostic, DiagnosticError } from './diagnostic.ts'
import { formatLocation, renderDiagnostics } from './render.ts'

const brokenRef = createDiagnostic('SL005', {
  file: '/repo/specs/x.yaml',
  pointer: '/paths/~1zoos/get/responses/200',
  line: 12,
  column: 7,
  message: 'Cannot resolve $ref "./zoo.yaml": no such file',
})

describe('renderDiagnostics', () => {
  it('prints the headline, the location relative to cwd and the fix, without colour by default', () => {
    expect(renderDiagnostics([brokenRef], { cwd: '/repo' })).toBe(
      [
        'error SL005 broken-ref: Cannot resolve $ref "./zoo.yaml": no such file',
        '  at specs/x.yaml#/paths/~1zoos/get/responses/200 (line 12:7)',
        `  fix: ${diagnosticCodes.SL005.fix}`,
        '',
      ].join('\n'),
    )
  })

  it('keeps files outside cwd absolute and leaves out what is unknown', () => {
    const bare: Diagnostic = {
      code: 'SL999',
      severity: 'warning',
      file: '/elsewhere/a.json',
      message: 'multi\n  line',
    }
    expect(renderDiagnostics([bare], { cwd: '/repo' })).toBe(
      'warning SL999: multi line\n  at /elsewhere/a.json\n',
    )
    expect(formatLocation({ ...bare, pointer: '', line: 3 }, '/repo')).toBe('/elsewhere/a.json (line 3)')
  })

  it('colours severities when asked', () => {
    const text = renderDiagnostics([brokenRef], { color: true, cwd: '/repo' })
    expect(text).toContain('\u001b[31merror\u001b[0m')
    expect(renderDiagnostics([brokenRef], { cwd: '/repo' })).not.toContain('\u001b[')
  })

  it('prints errors first and at most `max` diagnostics, counting the rest', () => {
    const warnings = Array.from({ length: 25 }, (_, i) =>
      createDiagnostic('SL007', { file: '/repo/a.yaml', pointer: `/paths/p${i}`, message: `problem ${i}` }),
    )
    const text = renderDiagnostics([...warnings, brokenRef], { cwd: '/repo' })
    const headlines = text.split('\n').filter((line) => /^(error|warning) /.test(line))
    expect(headlines).toHaveLength(20)
    expect(headlines[0]).toMatch(/^error SL005/)
    expect(text.trimEnd().split('\n').at(-1)).toBe('… and 6 more (0 errors, 6 warnings)')
    expect(renderDiagnostics([])).toBe('')
  })
})

describe('DiagnosticError', () => {
  it('sorts errors first and names the first one in its message', () => {
    const warning = createDiagnostic('SL011', { file: '/a.yaml', message: 'version is a number' })
    const error = new DiagnosticError([warning, brokenRef, brokenRef])
    expect(error.diagnostics.map((d) => d.code)).toEqual(['SL005', 'SL005', 'SL011'])
    expect(error.message).toBe(
      '[statusline] Failed to load the spec: SL005 Cannot resolve $ref "./zoo.yaml": no such file ' +
        '(/repo/specs/x.yaml#/paths/~1zoos/get/responses/200) (and 1 more error)',
    )
  })
})

describe('diagnosticCodes', () => {
  it('has unique codes and names, each with a title, cause and fix', () => {
    const entries = Object.entries(diagnosticCodes)
    for (const [key, info] of entries) {
      expect(info.code).toBe(key)
      expect(key).toMatch(/^SL\d{3}$/)
      expect(info.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      for (const text of [info.title, info.cause, info.fix]) expect(text.length).toBeGreaterThan(10)
    }
    expect(new Set(entries.map(([, info]) => info.name)).size).toBe(entries.length)
    expect(diagnosticCodes.SL008.name).toBe('duplicate-operation-id')
    expect(diagnosticCodes.SL009.name).toBe('undeclared-path-parameter')
  })

  it('createDiagnostic takes severity and hint from the table unless given', () => {
    expect(createDiagnostic('SL007', { file: 'f', message: 'm' })).toEqual({
      code: 'SL007',
      severity: 'warning',
      file: 'f',
      message: 'm',
      hint: diagnosticCodes.SL007.fix,
    })
    expect(
      createDiagnostic('SL007', { file: 'f', message: 'm', severity: 'error', hint: 'h', line: undefined }),
    ).toEqual({
      code: 'SL007',
      severity: 'error',
      file: 'f',
      message: 'm',
      hint: 'h',
    })
  })
})
