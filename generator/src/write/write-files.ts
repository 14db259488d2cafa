/**
 * Writes generated files into an output directory, all or nothing: every file is first written to a
 * temporary sibling, and only when all of them are written are they renamed into place. A path that
 * would land outside the output directory (a spec-controlled name such as `../../x`) is refused.
 *
 * @module
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'

/** One file to write, its path relative to the output directory. */
export interface FileToWrite {
  readonly path: string
  readonly contents: string
}

/**
 * Resolves `file` inside `outDir`, refusing anything that escapes it.
 *
 * @throws Error when the path is absolute or climbs out of `outDir`.
 */
export function resolveInside(outDir: string, file: string): string {
  const target = resolve(outDir, file)
  const rel = relative(outDir, target)
  if (isAbsolute(file) || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(
      `[statusline] Failed to write ${JSON.stringify(file)}: the path leaves the output directory`,
    )
  }
  return target
}

/**
 * Writes every file atomically into `outDir` (created when missing). Files not in `files` are left
 * alone. When any write fails, the temporary files are removed and nothing already in place changes.
 */
export async function writeFilesAtomically(outDir: string, files: readonly FileToWrite[]): Promise<void> {
  const root = resolve(outDir)
  const planned = files.map((file) => ({ target: resolveInside(root, file.path), contents: file.contents }))
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const written: { temp: string; target: string }[] = []
  try {
    for (const { target, contents } of planned) {
      await mkdir(dirname(target), { recursive: true })
      const temp = `${target}.${stamp}.tmp`
      await writeFile(temp, contents, 'utf8')
      written.push({ temp, target })
    }
  } catch (error) {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })))
    throw error
  }
  for (const { temp, target } of written) await rename(temp, target)
}
