/**
 * Files that earlier versions of the generator wrote and this one no longer does, and files an earlier
 * run wrote that this run does not (the mocks, after `--no-mocks`). Left in an output directory they
 * would do harm: a generated `client.ts` beside `client.js` and `client.d.ts` (or `index.ts` beside
 * `index.js` and `index.d.ts`) is what TypeScript resolves `./client.js` to, so the app would type-check
 * against the old SDK; mocks of an older spec would go stale unseen, `--check` passing. Only a file that
 * still opens with the generated header is retired; a hand-written file of that name is kept.
 *
 * @module
 */
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { MOCK_FILES } from '../emit/mocks/index.ts'
import { isGeneratedFile } from './generated-file.ts'
import { resolveInside } from './write-files.ts'

/** Paths, relative to the output directory, that the generator wrote once and writes no more. */
export const RETIRED_FILES = [
  // Replaced by `client.js` with `client.d.ts`, which tsc parses but does not check (skipLibCheck).
  'client.ts',
  // Replaced by `index.js` with `index.d.ts`, so the SDK runs without TypeScript tooling; left beside
  // them, it is what TypeScript would resolve `./index.js` to.
  'index.ts',
] as const

/** Files a run writes only with some options: a run without them retires them. */
const OPTIONAL_FILES: readonly string[] = Object.values(MOCK_FILES)

/**
 * The retired files present in `outDir` that the generator wrote: {@link RETIRED_FILES}, and the
 * optional files that this run, writing `writing` (paths relative to `outDir`), does not write.
 */
export async function findRetiredFiles(outDir: string, writing: readonly string[]): Promise<string[]> {
  const root = resolve(outDir)
  const found: string[] = []
  const candidates = [...RETIRED_FILES, ...OPTIONAL_FILES.filter((path) => !writing.includes(path))]
  for (const path of candidates) {
    // Absent or unreadable: nothing to retire.
    if (await isGeneratedFile(resolveInside(root, path)).catch(() => false)) found.push(path)
  }
  return found
}

/** Removes the retired files the generator wrote from `outDir` (see {@link findRetiredFiles}); returns their paths. */
export async function removeRetiredFiles(outDir: string, writing: readonly string[]): Promise<string[]> {
  const found = await findRetiredFiles(outDir, writing)
  for (const path of found) await rm(resolveInside(resolve(outDir), path), { force: true })
  return found
}
