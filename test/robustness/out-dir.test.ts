/**
 * Generation writes only inside `--out`, and all or nothing.
 *
 * - Names that look like paths (`../../x` as tag, operationId, schema name, title, version, server,
 *   media type) change nothing outside the output directory: the whole scratch tree is listed before and
 *   after, and the output directory holds exactly the generated files.
 * - A symlink in the output directory that points outside is replaced, never followed.
 * - A file in the output directory that statusline did not write (a hand-written `index.js` or
 *   `package.json`) is never overwritten: generate stops, naming it, and writes nothing.
 * - A file an earlier generator wrote and this one does not (`client.ts`, `index.ts`), or an earlier run and this
 *   one does not (the mocks, after `--no-mocks`), is reported by `--check` and removed by generate; a
 *   hand-written file of that name is kept.
 * - A broken spec leaves the previous output byte for byte; a directory in the way of a generated file is
 *   refused before anything is written; a rename that fails half-way puts back what was replaced; no
 *   temporary file survives.
 */
import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderFiles } from '../../generator/src/generate.ts'
import { writeFilesAtomically } from '../../generator/src/write/write-files.ts'
import { ROOT } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'
import { STACK_FRAME } from './helpers/cli-output.ts'
import { scratchDir } from './helpers/generated-sdk.ts'

/** Fails the rename whose destination ends with this name (set by a test), else renames. */
const failRename = vi.hoisted(() => ({ onto: undefined as string | undefined }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failRename.onto !== undefined && to.endsWith(failRename.onto) && from.endsWith('.tmp')) {
        throw Object.assign(new Error(`EIO: simulated failure, rename '${from}' -> '${to}'`), { code: 'EIO' })
      }
      return actual.rename(from, to)
    },
  }
})

const base = scratchDir('out-dir')
/** The files `generate` writes for the petstore (and, apart from package.json, for every spec). */
const GENERATED = (await renderFiles({ spec: `${ROOT}specs/petstore.yaml` })).files.map((f) => f.path).sort()

/** Every path under `dir` with its size (directories end in `/`), sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const out: string[] = []
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name).slice(dir.length)
    if (entry.isDirectory()) out.push(`${path}/`)
    else out.push(`${path} ${(await lstat(join(entry.parentPath, entry.name))).size}`)
  }
  return out.sort()
}

/** A spec whose names all climb out of the output directory. */
function pathLikeSpec(): Record<string, unknown> {
  const climb = '../../x'
  const ok = {
    description: climb,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/..~1..~1x' } } },
  }
  return {
    openapi: '3.1.0',
    info: { title: '../../../etc/passwd', version: '../..', description: '/../../x' },
    servers: [{ url: '../../x' }, { url: 'file:///etc/passwd' }],
    tags: [{ name: climb }, { name: '/abs/x' }, { name: '..\\..\\x' }, { name: 'C:\\x' }],
    paths: {
      '/../../x/{id}': {
        get: {
          operationId: '../../evil',
          tags: [climb, '/abs/x', '..\\..\\x', 'C:\\x'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok },
        },
      },
      '/x': {
        get: { operationId: '..', tags: ['.'], responses: { '200': ok } },
        post: { operationId: '/etc/passwd', responses: { '201': ok } },
      },
    },
    components: {
      schemas: {
        '../../x': { type: 'object', properties: { '../../y': { type: 'string' } } },
        '..': { type: 'string' },
      },
    },
  }
}

beforeEach(() => {
  failRename.onto = undefined
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('names that look like paths', () => {
  it('change nothing outside --out, and --out holds exactly the generated files', async () => {
    const root = `${base}climb/`
    const out = `${root}a/b/out/`
    await rm(root, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await writeFile(`${root}a/sentinel.txt`, 'keep')
    await writeFile(`${base}spec.json`, JSON.stringify(pathLikeSpec()))
    const before = await tree(root)

    const run = runCli(['generate', `${base}spec.json`, '--out', out, '--name', '../../pkg'])
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(run.code).toBe(0)

    const after = await tree(root)
    const outside = (list: string[]) => list.filter((path) => !path.startsWith('a/b/out/'))
    expect(outside(after)).toEqual(outside(before))
    expect(GENERATED).toEqual(
      expect.arrayContaining([
        'client.d.ts',
        'client.js',
        'index.d.ts',
        'index.js',
        'mocks.ts',
        'schema.d.ts',
      ]),
    )
    expect((await readdir(out)).sort()).toEqual([...GENERATED, 'package.json'].sort())
    expect(await readFile(`${root}a/sentinel.txt`, 'utf8')).toBe('keep')
  })

  it('replaces a symlink in --out instead of writing through it', async () => {
    const root = `${base}symlink/`
    await rm(root, { recursive: true, force: true })
    await mkdir(`${root}out`, { recursive: true })
    await writeFile(`${root}outside.ts`, 'outside')
    await symlink('../outside.ts', `${root}out/client.js`)
    const run = runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', `${root}out`])
    expect(run.code).toBe(0)
    expect(await readFile(`${root}outside.ts`, 'utf8')).toBe('outside')
    expect((await lstat(`${root}out/client.js`)).isFile()).toBe(true)
  })
})

describe('all or nothing', () => {
  const out = `${base}atomic/`

  async function generateGood(): Promise<Map<string, string>> {
    await rm(out, { recursive: true, force: true })
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out]).code).toBe(0)
    return new Map(
      await Promise.all(GENERATED.map(async (f) => [f, await readFile(`${out}${f}`, 'utf8')] as const)),
    )
  }

  async function expectUnchanged(previous: Map<string, string>): Promise<void> {
    expect((await readdir(out)).sort()).toEqual([...previous.keys()].sort())
    for (const [file, contents] of previous)
      expect(await readFile(`${out}${file}`, 'utf8'), file).toBe(contents)
  }

  it('a broken spec leaves the previous output byte for byte', async () => {
    const previous = await generateGood()
    const run = runCli(['generate', `${ROOT}specs/broken/broken-ref-missing-pointer.yaml`, '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('SL005')
    await expectUnchanged(previous)
  })

  it('a directory where a file goes is refused before anything is written', async () => {
    const previous = await generateGood()
    await rm(`${out}index.js`)
    await mkdir(`${out}index.js`)
    previous.delete('index.js')
    const run = runCli(['generate', `${ROOT}specs/zoo.yaml`, '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^\[statusline\] Failed to write .*index\.js: something other than a file is in the way/m,
    )
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect((await readdir(out)).sort()).toEqual([...previous.keys(), 'index.js'].sort())
    for (const [file, contents] of previous)
      expect(await readFile(`${out}${file}`, 'utf8'), file).toBe(contents)
  })

  it('a rename that fails half-way puts back every file it replaced, and leaves no temporary file', async () => {
    const previous = await generateGood()
    const files = GENERATED.map((path) => ({ path, contents: `// new ${path}\n` }))
    failRename.onto = '/mocks.ts'
    await expect(writeFilesAtomically(out, files)).rejects.toThrow(
      /^\[statusline\] Failed to write the generated files into .*atomic: EIO: simulated failure/,
    )
    await expectUnchanged(previous)
  })

  it('a new file that fails half-way is removed again', async () => {
    await rm(out, { recursive: true, force: true })
    await mkdir(out)
    failRename.onto = '/b.ts'
    await expect(
      writeFilesAtomically(out, [
        { path: 'a.ts', contents: 'a' },
        { path: 'b.ts', contents: 'b' },
      ]),
    ).rejects.toThrow(/simulated failure/)
    expect(await readdir(out)).toEqual([])
  })
})

describe('files statusline did not write', () => {
  const out = `${base}foreign/`

  it('a hand-written index.js or package.json in --out is never overwritten: generate exits 1 naming them, and writes nothing', async () => {
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await writeFile(`${out}index.js`, 'export const mine = 1\n')
    await writeFile(`${out}package.json`, '{ "name": "mine", "description": "my app" }\n')
    await writeFile(`${out}notes.md`, 'keep\n')
    const before = await tree(out)
    const run = runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--name', 'x'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^\[statusline\] Failed to write the generated files into .*foreign: index\.js, package\.json are not generated by statusline and would be overwritten; move them away, or choose another --out\n/,
    )
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(await tree(out)).toEqual(before)
    expect(await readFile(`${out}index.js`, 'utf8')).toBe('export const mine = 1\n')
  })

  it('generated files, package.json included, are regenerated over', async () => {
    await rm(out, { recursive: true, force: true })
    const args = ['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--name', 'x']
    expect(runCli(args).code).toBe(0)
    await writeFile(
      `${out}index.js`,
      `${(await readFile(`${out}index.js`, 'utf8')).split('\n')[0]}\nedited\n`,
    )
    expect(runCli(args).code).toBe(0)
    expect(runCli([...args, '--check']).code).toBe(0)
  })
})

describe('retired files', () => {
  const out = `${base}retired/`
  const header = '/** Generated by statusline from petstore.yaml — do not edit. */\n'

  it.each(['client.ts', 'index.ts'])(
    'a generated %s of an earlier version is reported by --check, then removed',
    async (file) => {
      await rm(out, { recursive: true, force: true })
      expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out]).code).toBe(0)
      await writeFile(`${out}${file}`, `${header}export function listPets() {}\n`)
      const check = runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--check'])
      expect(check.code).toBe(1)
      expect(check.stdout).toMatch(
        new RegExp(`no longer generated \\(remove it\\): .*/${file.replace('.', '\\.')}\\n`),
      )
      expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out]).code).toBe(0)
      expect((await readdir(out)).sort()).toEqual(GENERATED)
      expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--check']).code).toBe(0)
    },
  )

  it('the mocks of an earlier run are reported by --check --no-mocks, then removed by generate --no-mocks', async () => {
    await rm(out, { recursive: true, force: true })
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out]).code).toBe(0)
    const check = runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--check', '--no-mocks'])
    expect(check.code).toBe(1)
    expect(check.stdout).toMatch(/no longer generated \(remove it\): .*mock-data\.ts/)
    expect(check.stdout).toMatch(/no longer generated \(remove it\): .*mocks\.ts/)
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--no-mocks']).code).toBe(0)
    const withoutMocks = GENERATED.filter((name) => !/^mock/.test(name))
    expect((await readdir(out)).sort()).toEqual(withoutMocks)
    expect(
      runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--check', '--no-mocks']).code,
    ).toBe(0)
    // A hand-written mocks.ts is the user's: kept by a run without mocks.
    await writeFile(`${out}mocks.ts`, 'export const mine = 1\n')
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--no-mocks']).code).toBe(0)
    expect(await readFile(`${out}mocks.ts`, 'utf8')).toBe('export const mine = 1\n')
  })

  it.each(['client.ts', 'index.ts'])('a hand-written %s is kept', async (file) => {
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await writeFile(`${out}${file}`, 'export const mine = 1\n')
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out]).code).toBe(0)
    expect(await readFile(`${out}${file}`, 'utf8')).toBe('export const mine = 1\n')
    expect(runCli(['generate', `${ROOT}specs/petstore.yaml`, '--out', out, '--check']).code).toBe(0)
  })
})
