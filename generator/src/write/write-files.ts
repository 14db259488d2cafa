/**
 * Writes generated files into an output directory, all or nothing:
 *
 * 1. every path is checked: one that would land outside the output directory (a spec-controlled name such
 *    as `../../x`) or on something that is not a file (a directory) is refused before anything is written;
 * 2. every file is written to a temporary sibling;
 * 3. each existing file is moved aside to a backup and its temporary file renamed into place;
 * 4. when every rename succeeded the backups are removed; when one failed, the files already renamed are
 *    put back from their backups, so the directory holds exactly what it held before.
 *
 * Temporary files never outlive the call.
 *
 * @module
 */
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises'
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

/** One file on its way into place. */
interface Planned {
  readonly file: string
  readonly target: string
  readonly contents: string
  /** The temporary sibling the contents are first written to. */
  readonly temp: string
  /** Where the file already at `target` is kept until every rename succeeded. */
  readonly backup: string
  /** Whether a file (or symlink) is at `target` now. */
  exists: boolean
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Fails unless `target` is absent, a file or a symlink (which is replaced, never followed). */
async function checkTarget(planned: Planned): Promise<void> {
  let stats: Awaited<ReturnType<typeof lstat>>
  try {
    stats = await lstat(planned.target)
  } catch {
    return
  }
  if (!stats.isFile() && !stats.isSymbolicLink()) {
    throw new Error(
      `[statusline] Failed to write ${planned.target}: something other than a file is in the way; move it and generate again`,
    )
  }
  planned.exists = true
}

/** Renames every temporary file into place; on a failure, restores what was there and rethrows. */
async function commit(plan: readonly Planned[]): Promise<void> {
  const done: Planned[] = []
  try {
    for (const planned of plan) {
      if (planned.exists) await rename(planned.target, planned.backup)
      try {
        await rename(planned.temp, planned.target)
      } catch (error) {
        if (planned.exists) await rename(planned.backup, planned.target)
        throw error
      }
      done.push(planned)
    }
  } catch (error) {
    for (const planned of done.reverse()) {
      if (planned.exists) await rename(planned.backup, planned.target)
      else await rm(planned.target, { force: true })
    }
    throw error
  }
  await Promise.all(plan.filter((p) => p.exists).map((p) => rm(p.backup, { force: true })))
}

/**
 * Writes every file atomically into `outDir` (created when missing). Files not in `files` are left
 * alone. When any step fails, nothing already in place changes and no temporary file is left.
 *
 * @throws Error `[statusline] Failed to write <file>: <reason>`.
 */
export async function writeFilesAtomically(outDir: string, files: readonly FileToWrite[]): Promise<void> {
  const root = resolve(outDir)
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const plan: Planned[] = files.map((file) => {
    const target = resolveInside(root, file.path)
    return {
      file: file.path,
      target,
      contents: file.contents,
      temp: `${target}.${stamp}.tmp`,
      backup: `${target}.${stamp}.bak`,
      exists: false,
    }
  })
  for (const planned of plan) await checkTarget(planned)
  const written: Planned[] = []
  try {
    for (const planned of plan) {
      await mkdir(dirname(planned.target), { recursive: true })
      await writeFile(planned.temp, planned.contents, 'utf8')
      written.push(planned)
    }
    await commit(plan)
  } catch (error) {
    await Promise.all(written.map((planned) => rm(planned.temp, { force: true })))
    const message = reason(error)
    throw new Error(
      message.startsWith('[statusline]')
        ? message
        : `[statusline] Failed to write the generated files into ${root}: ${message}`,
    )
  }
}
