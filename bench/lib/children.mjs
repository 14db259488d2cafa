// Child processes of the bench: one-shot commands with a time limit and their peak memory, and
// long-running servers. Every child is spawned in its own process group and remembered, so that
// `killAll()` (called at exit, on failure and on SIGINT/SIGTERM) stops it and anything it started.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const TIME = '/usr/bin/time'
const hasTime = existsSync(TIME)
const probe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url))

/** How peak memory of one-shot commands is measured: GNU time, or a probe inside the node child. */
export const rssMethod = hasTime ? '/usr/bin/time -v (max RSS)' : 'process.resourceUsage().maxRSS'

/** Process groups of the children still running. */
const running = new Set()

/** Kills every child still running (SIGTERM, then SIGKILL after `graceMs`); resolves when all are gone. */
export async function killAll(graceMs = 2000) {
  const children = [...running]
  await Promise.all(children.map((child) => stop(child, graceMs)))
}

/** Synchronous last resort at process exit: SIGKILL to every child group still running. */
function killAllNow() {
  for (const child of running) signalGroup(child, 'SIGKILL')
}
process.on('exit', killAllNow)

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is gone already.
  }
}

/**
 * Stops one child and its process group: SIGTERM, then SIGKILL when it has not exited after `graceMs`.
 *
 * @param {import('node:child_process').ChildProcess & { exited: Promise<number | null> }} child
 */
export async function stop(child, graceMs = 2000) {
  if (!running.has(child)) return child.exited
  signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
  const code = await child.exited
  clearTimeout(timer)
  // A grandchild may outlive the leader: make sure the whole group is gone.
  signalGroup(child, 'SIGKILL')
  return code
}

function track(child) {
  running.add(child)
  child.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child)
      resolve(code ?? signal)
    })
    child.on('error', () => {
      running.delete(child)
      resolve(null)
    })
  })
  return child
}

/** Keeps the last `limit` characters of a stream. */
function tail(stream, limit = 64_000) {
  const buffer = { text: '' }
  stream?.setEncoding('utf8')
  stream?.on('data', (chunk) => {
    buffer.text += chunk
    if (buffer.text.length > limit * 2) buffer.text = buffer.text.slice(-limit)
  })
  return buffer
}

/**
 * Runs `node <script> ...args` to completion with a time limit, and measures its wall time and peak
 * resident memory (the maximum over the process and the children it waited for).
 *
 * @param {string} script - a node script (a CLI's bin file)
 * @param {string[]} args
 * @param {{ cwd?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv, nodeArgs?: string[] }} [options]
 * @returns {Promise<{ code: number | string | null, ms: number, rssMiB: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export async function runNode(script, args, options = {}) {
  const node = [...(options.nodeArgs ?? []), script, ...args]
  const [command, argv] = hasTime
    ? [TIME, ['-v', process.execPath, ...node]]
    : [process.execPath, [...(options.nodeArgs ?? []), probe, script, ...args]]
  const started = performance.now()
  const child = track(
    spawn(command, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    }),
  )
  const stdout = tail(child.stdout)
  const stderr = tail(child.stderr)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    stop(child)
  }, options.timeoutMs ?? 300_000)
  const code = await child.exited
  const ms = performance.now() - started
  clearTimeout(timer)
  await new Promise((resolve) => setImmediate(resolve))
  const rssKiB = hasTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr.text)?.[1]
    : /\[bench\] maxRSS (\d+)/.exec(stderr.text)?.[1]
  return {
    code,
    ms,
    rssMiB: rssKiB === undefined ? null : Number(rssKiB) / 1024,
    stdout: stdout.text,
    stderr: stderr.text,
    timedOut,
  }
}

/**
 * Starts a long-running node script (a server). The caller stops it with `stop(child)`; `killAll()`
 * stops it otherwise.
 *
 * @param {string} script
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function startNode(script, args, options = {}) {
  const child = track(
    spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    }),
  )
  child.output = tail(child.stdout, 16_000)
  child.errors = tail(child.stderr, 16_000)
  return child
}

/** Resident memory (MiB) of a process and all its descendants, from /proc; null when unreadable. */
export function treeRssMiB(pid) {
  const parents = new Map()
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        parents.set(Number(entry), ppid)
      } catch {
        // The process ended while we read.
      }
    }
    const tree = new Set([pid])
    let grew = true
    while (grew) {
      grew = false
      for (const [child, parent] of parents)
        if (tree.has(parent) && !tree.has(child)) {
          tree.add(child)
          grew = true
        }
    }
    let kib = 0
    for (const member of tree) {
      try {
        kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1] ?? 0)
      } catch {
        // Gone.
      }
    }
    return kib / 1024
  } catch {
    return null
  }
}

/** The last lines of a text, for error messages. */
export function lastLines(text, count = 6) {
  return text.trim().split('\n').slice(-count).join('\n')
}
