/**
 * Files that earlier versions of the generator wrote and this one no longer does. Left in an output
 * directory they would do harm: a generated `client.ts` beside `client.js` and `client.d.ts` is what
 * TypeScript resolves `./client.js` to, so the app would type-check against the old SDK. Only a file
 * that still opens with the generated header is retired; a hand-written file of that name is kept.
 *
 * @module
 */
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { isGeneratedFile } from './generated-file.ts'
import { resolveInside } from './write-files.ts'

/** Paths, relative to the output directory, that the generator wrote once and writes no more. */
export const RETIRED_FILES = [
  // Replaced by `client.js` with `client.d.ts`, which tsc parses but does not check (skipLibCheck).
  'client.ts',
] as const

/** The retired files present in `outDir` that the generator wrote. */
export async function findRetiredFiles(outDir: string): Promise<string[]> {
  const root = resolve(outDir)
  const found: string[] = []
  for (const path of RETIRED_FILES) {
    // Absent or unreadable: nothing to retire.
    if (await isGeneratedFile(resolveInside(root, path)).catch(() => false)) found.push(path)
  }
  return found
}

/** Removes the retired files the generator wrote from `outDir`; returns their paths. */
export async function removeRetiredFiles(outDir: string): Promise<string[]> {
  const found = await findRetiredFiles(outDir)
  for (const path of found) await rm(resolveInside(resolve(outDir), path), { force: true })
  return found
}
