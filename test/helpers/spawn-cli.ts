/** Runs a long-lived `statusline` command (mock, generate --watch) in a child process, for e2e tests. */
import { type ChildProcess, spawn } from 'node:child_process'
import { CLI, ROOT } from './paths.ts'

/** A running CLI process with its output so far. */
export interface SpawnedCli {
  readonly child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves when stdout+stderr match `pattern` (checked on every chunk), or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Spawns `statusline <args>` with `cwd` (default the repository root). */
export function spawnCli(args: readonly string[], cwd = ROOT): SpawnedCli {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  const waiters = new Set<() => void>()
  const notify = () => {
    for (const waiter of waiters) waiter()
  }
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString()
    notify()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString()
    notify()
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (out + err).match(pattern)
          if (match === null) return
          cleanup()
          resolve(match)
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`timed out waiting for ${pattern}\nstdout:\n${out}\nstderr:\n${err}`))
        }, timeoutMs)
        const onExit = () => {
          cleanup()
          reject(new Error(`the CLI exited while waiting for ${pattern}\nstdout:\n${out}\nstderr:\n${err}`))
        }
        const cleanup = () => {
          clearTimeout(timer)
          waiters.delete(check)
          child.off('exit', onExit)
        }
        waiters.add(check)
        child.once('exit', onExit)
        check()
      })
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}
