/**
 * `--check`: compares what would be generated with what is on disk, without writing anything.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { findRetiredFiles } from './retired-files.ts'
import { type FileToWrite, resolveInside } from './write-files.ts'

/** One file whose content on disk differs from the generated one, or a retired file still there. */
export interface Drift {
  readonly path: string
  readonly reason: 'missing' | 'changed' | 'retired'
}

/**
 * Lists the generated files that are missing from `outDir` or differ from it, and the files an earlier
 * generator wrote there that this one would remove (`retired-files.ts`).
 */
export async function findDrift(outDir: string, files: readonly FileToWrite[]): Promise<Drift[]> {
  const root = resolve(outDir)
  const drift: Drift[] = []
  for (const file of files) {
    let current: string | undefined
    try {
      current = await readFile(resolveInside(root, file.path), 'utf8')
    } catch {
      current = undefined
    }
    if (current === undefined) drift.push({ path: file.path, reason: 'missing' })
    else if (current !== file.contents) drift.push({ path: file.path, reason: 'changed' })
  }
  const writing = files.map((file) => file.path)
  for (const path of await findRetiredFiles(root, writing)) drift.push({ path, reason: 'retired' })
  return drift
}
