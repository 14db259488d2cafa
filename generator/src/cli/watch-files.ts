/**
 * Watches files for changes with `fs.watch`, debounced. Each file's directory is watched (filtered by
 * name), so editors that save by writing a new file and renaming it over the old one are noticed too.
 *
 * @module
 */
import { type FSWatcher, watch } from 'node:fs'
import { basename, dirname } from 'node:path'

/** A running watch. */
export interface FileWatch {
  close(): void
}

/** Calls `onChange` once after `files` stop changing for `debounceMs` (default 150). */
export function watchFiles(files: readonly string[], onChange: () => void, debounceMs = 150): FileWatch {
  const byDir = new Map<string, Set<string>>()
  for (const file of files) {
    const names = byDir.get(dirname(file)) ?? new Set<string>()
    names.add(basename(file))
    byDir.set(dirname(file), names)
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const fire = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      onChange()
    }, debounceMs)
  }
  const watchers: FSWatcher[] = []
  for (const [dir, names] of byDir) {
    const watcher = watch(dir, (_event, name) => {
      if (name === null || names.has(basename(name.toString()))) fire()
    })
    watcher.on('error', () => undefined)
    watchers.push(watcher)
  }
  return {
    close() {
      if (timer !== undefined) clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
    },
  }
}
