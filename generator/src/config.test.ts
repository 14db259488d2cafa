import { describe, expect, it } from 'vitest'
import { defineConfig, resolveConfig } from './config.ts'

const FILE = '/project/statusline.config.ts'

describe('config', () => {
  it('defineConfig returns the config unchanged', () => {
    const config = { specs: [{ spec: 'a.yaml', out: 'out' }] }
    expect(defineConfig(config)).toBe(config)
  })

  it('makes paths absolute against the config file and reads a default export', () => {
    const resolved = resolveConfig(
      { default: { specs: [{ spec: 'specs/a.yaml', out: 'src/api', mock: { port: 0 } }] } },
      FILE,
    )
    expect(resolved.specs).toEqual([
      { spec: '/project/specs/a.yaml', out: '/project/src/api', mock: { port: 0 } },
    ])
  })

  it.each([
    ['no default export', 42, 'the default export must be defineConfig'],
    ['no specs', { specs: [] }, '`specs` must be a non-empty array'],
    ['a spec that is not an object', { specs: ['a.yaml'] }, 'specs[0] must be an object'],
    ['a missing out', { specs: [{ spec: 'a.yaml' }] }, 'specs[0].out is required'],
    ['a wrong type', { specs: [{ spec: 'a.yaml', out: 3 }] }, 'specs[0].out must be a string, got 3'],
    [
      'an unknown option',
      { specs: [{ spec: 'a.yaml', out: 'o', outDir: 'x' }] },
      'specs[0].outDir is not an option',
    ],
    [
      'a bad mock option',
      { specs: [{ spec: 'a', out: 'o', mock: { port: '4010' } }] },
      'specs[0].mock.port must be a number',
    ],
    [
      'two specs with the same output directory',
      {
        specs: [
          { spec: 'a.yaml', out: 'sdk' },
          { spec: 'b.yaml', out: './sdk/' },
        ],
      },
      'specs[1].out is the same as specs[0].out (/project/sdk); give each spec its own',
    ],
    [
      'two specs with the same name',
      {
        specs: [
          { spec: 'a.yaml', out: 'a', name: 'api' },
          { spec: 'b.yaml', out: 'b', name: 'api' },
        ],
      },
      'specs[1].name is the same as specs[0].name ("api"); give each spec its own',
    ],
  ])('rejects %s, naming the file and the field', (_label, value, message) => {
    expect(() => resolveConfig(value, FILE)).toThrow(`[statusline] Failed to load ${FILE}: ${message}`)
  })
})
