/** Runs the `statusline` CLI as a user would, in a child process. */
import { spawnSync } from 'node:child_process'
import { CLI, ROOT } from './paths.ts'

/** What a CLI run printed and how it exited. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `statusline <args>` from the repository root (or `cwd`). */
export function runCli(args: readonly string[], cwd: string = ROOT): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 })
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}
