/**
 * Where a JavaScript file's syntax error is. Node's `import()` of a module that does not parse throws a
 * `SyntaxError` whose message and stack name no line; `node --check` prints `<file>:<line>` first, so it
 * is asked, on the error path only.
 *
 * @module
 */
import { spawnSync } from 'node:child_process'

/**
 * The 1-based line of the syntax error in the JavaScript file `file`, or undefined when Node finds none
 * (or does not say).
 *
 * @example
 * syntaxErrorLine('/project/statusline.config.mjs') // 4
 */
export function syntaxErrorLine(file: string): number | undefined {
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 })
  if (check.status === 0) return undefined
  const first = check.stderr.split('\n', 1)[0] ?? ''
  const match = /:(\d+)$/.exec(first.trimEnd())
  return match === null || !first.startsWith(file) ? undefined : Number(match[1])
}
