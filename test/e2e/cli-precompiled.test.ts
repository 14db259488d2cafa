/**
 * The CLI runs from a bundle of its TypeScript (generator/bin/precompiled.mjs), built on a start and
 * recorded with the files it was built from, so that an edit to any of them rebuilds it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'

const CACHE = `${ROOT}generator/node_modules/.cache/statusline-cli/`

/** The most recently written record of a bundle's inputs. */
function newestRecord(): { bundle: string; files: Record<string, string> } {
  const records = readdirSync(CACHE)
    .filter((name) => /^cli-[0-9a-f]+\.json$/.test(name))
    .map((name) => join(CACHE, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  const newest = records[0]
  if (newest === undefined) throw new Error(`no bundle recorded in ${CACHE}`)
  return { bundle: newest.replace(/\.json$/, '.mjs'), files: JSON.parse(readFileSync(newest, 'utf8')).files }
}

describe('the precompiled CLI', () => {
  it('is bundled from the sources of the CLI and the workspace packages, each keeping its own import.meta.url', () => {
    const run = runCli(['--version'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const record = newestRecord()
    const inputs = Object.keys(record.files)
    expect(inputs).toContain(`${ROOT}generator/src/cli/main.ts`)
    expect(inputs).toContain(`${ROOT}generator/src/cli/mock-command.ts`)
    expect(inputs).toContain(`${ROOT}packages/mock/src/create-mock.ts`)
    expect(inputs.every((file) => !file.includes('/node_modules/'))).toBe(true)
    for (const [file, stamp] of Object.entries(record.files)) {
      const stat = statSync(file)
      expect(stamp, file).toBe(`${stat.size}:${stat.mtimeMs}`)
    }
    const bundle = readFileSync(record.bundle, 'utf8')
    expect(bundle).not.toMatch(/\bimport\.meta\.url\b/)
    expect(bundle).toContain(JSON.stringify(`file://${ROOT}packages/mock/src/node/panel-assets.ts`))
  })
})
