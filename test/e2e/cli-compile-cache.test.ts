import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
// @ts-expect-error: plain JavaScript next to the CLI's bin, without declarations.
import { loadCompiledCli } from '../../generator/bin/compiled-cli.mjs'
import { ROOT, SCRATCH } from '../helpers/paths.ts'

const dir = `${SCRATCH}compile-cache/`
const source = `${dir}src/`
const cacheDir = `${dir}cache`
const entry = `${source}main.ts`

type Loaded = { value: string; url: string; helper: string; stringify: (value: unknown) => string }

const load = (options: { cacheDir?: string } = {}): Promise<Loaded | undefined> =>
  loadCompiledCli({ cacheDir, entry, ...options })

async function writeSources(value: string): Promise<void> {
  await mkdir(source, { recursive: true })
  await writeFile(
    entry,
    [
      "import { stringify } from 'yaml'",
      "import { helper } from './helper.ts'",
      `export const value: string = '${value}'`,
      'export const url: string = import.meta.url',
      'export { helper, stringify }',
      '',
    ].join('\n'),
  )
  await writeFile(`${source}helper.ts`, "export const helper: string = 'help'\n")
}

const manifest = async () => JSON.parse(await readFile(`${cacheDir}/manifest.json`, 'utf8'))

beforeEach(async () => {
  await rm(dir, { recursive: true, force: true })
  await writeSources('first')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the CLI compile cache', () => {
  it('bundles the TypeScript sources once, keeping other JavaScript packages as imports', async () => {
    const loaded = await load()
    expect(loaded?.value).toBe('first')
    expect(loaded?.helper).toBe('help')
    expect(loaded?.stringify({ a: 1 })).toBe('a: 1\n')
    const { bundle, inputs } = await manifest()
    expect(inputs.map(([path]: [string]) => path).sort()).toEqual([`${source}helper.ts`, entry])
    expect(await readFile(`${cacheDir}/${bundle}`, 'utf8')).toMatch(/from "yaml"/)
    const again = await load()
    expect(again?.value).toBe('first')
    expect((await manifest()).bundle).toBe(bundle)
  })

  it('bundles the workspace runtimes from their sources (the `source` export condition)', async () => {
    await writeFile(
      entry,
      "export { problemDetails } from '@statusline/mock'\nexport const value: string = 'mock'\n",
    )
    const loaded = (await load()) as (Loaded & { problemDetails?: unknown }) | undefined
    expect(typeof loaded?.problemDetails).toBe('function')
    const { bundle, inputs } = await manifest()
    const paths: string[] = inputs.map(([path]: [string]) => path)
    expect(paths).toContain(`${ROOT}packages/mock/src/index.ts`)
    expect(paths.some((path) => path.startsWith(`${ROOT}packages/`) && path.includes('/dist/'))).toBe(false)
    expect(await readFile(`${cacheDir}/${bundle}`, 'utf8')).not.toMatch(/from "@statusline\/mock"/)
  })

  it('bundles MSW with what it imports, keeping only what is used and its lazy imports lazy', async () => {
    await writeFile(entry, "export { http } from 'msw'\nexport const value: string = 'msw'\n")
    const loaded = (await load()) as (Loaded & { http?: { get?: unknown } }) | undefined
    expect(typeof loaded?.http?.get).toBe('function')
    const { bundle, inputs } = await manifest()
    const paths: string[] = inputs.map(([path]: [string]) => path)
    // Its files are inputs, so that upgrading MSW rebuilds the bundle.
    expect(paths).toContain(`${ROOT}node_modules/msw/lib/core/http.mjs`)
    expect(paths.some((path) => path.includes('/node_modules/@mswjs/interceptors/'))).toBe(true)
    const files = await readdir(`${cacheDir}/${bundle.split('/')[0]}`)
    const code = (
      await Promise.all(files.map((file) => readFile(`${cacheDir}/${bundle.split('/')[0]}/${file}`, 'utf8')))
    ).join('\n')
    expect(code).not.toMatch(/from "msw"|from "@mswjs\/interceptors"/)
    // GraphQL handlers are never made: their parser is neither bundled nor imported.
    expect(code).not.toMatch(/GraphQLHandler|from "graphql"|node_modules\/graphql\//)
  })

  it('keeps import.meta.url naming the source file', async () => {
    expect((await load())?.url).toBe(pathToFileURL(entry).href)
  })

  it('rebuilds when a source changes', async () => {
    await load()
    const before = (await manifest()).bundle
    await writeSources('second')
    const loaded = await load()
    expect(loaded?.value).toBe('second')
    expect((await manifest()).bundle).not.toBe(before)
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('build-'))).toHaveLength(2)
  })

  it('rebuilds a bundle another Node version built', async () => {
    await load()
    const built = await manifest()
    await writeFile(`${cacheDir}/manifest.json`, JSON.stringify({ ...built, node: 'v0.0.0' }))
    expect((await load())?.value).toBe('first')
    expect(await manifest()).toMatchObject({
      node: process.version,
      bundle: expect.not.stringMatching(built.bundle),
    })
  })

  it('refuses a package that would resolve differently from the cache', async () => {
    await mkdir(`${source}node_modules/local-only`, { recursive: true })
    await writeFile(`${source}node_modules/local-only/index.js`, 'export const local = 1\n')
    await writeFile(
      `${source}node_modules/local-only/package.json`,
      JSON.stringify({ name: 'local-only', type: 'module', main: 'index.js' }),
    )
    await writeFile(`${source}helper.ts`, "export { local as helper } from 'local-only'\n")
    expect(await load()).toBeUndefined()
    await expect(stat(`${cacheDir}/manifest.json`)).rejects.toThrow()
  })

  it('answers undefined when the cache cannot be written', async () => {
    await writeFile(`${dir}a-file`, '')
    expect(await load({ cacheDir: `${dir}a-file/cache` })).toBeUndefined()
  })
})
