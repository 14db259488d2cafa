// The peer tools, pinned, and their installation on demand into .cache/bench/peers/<tool> with npm
// (`npm install --prefix … --no-save --no-audit --no-fund`). A peer whose install fails is skipped
// with its reason; the bench goes on with the others.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './paths.mjs'

const peersDir = join(root, '.cache/bench/peers')

/**
 * Each peer: what npm installs (extra packages pin a peer dependency npm would otherwise pick the
 * newest of: @hey-api/openapi-ts 0.95 does not run with TypeScript 7), the bin file, and its package.
 */
export const PEERS = {
  // No longer a dependency of the repo (the generator emits schema.d.ts itself): installed like the others.
  'openapi-typescript': {
    install: ['openapi-typescript@7.13.0', 'typescript@5.9.3'],
    pkg: 'openapi-typescript',
    bin: 'bin/cli.js',
  },
  'openapi-fetch': { local: 'node_modules/openapi-fetch', bin: null },
  orval: { install: ['orval@7.13.2'], pkg: 'orval', bin: 'dist/bin/orval.js' },
  'hey-api': {
    install: ['@hey-api/openapi-ts@0.95.0', 'typescript@5.9.3'],
    pkg: '@hey-api/openapi-ts',
    bin: 'bin/run.js',
  },
  prism: { install: ['@stoplight/prism-cli@5.14.2'], pkg: '@stoplight/prism-cli', bin: 'dist/index.js' },
  'msw-auto-mock': { install: ['msw-auto-mock@0.32.1'], pkg: 'msw-auto-mock', bin: 'bin/cli.js' },
}

/** Peers left out on purpose, with the reason (printed in the report). */
export const SKIPPED = {
  kubb: '@kubb/cli 5 requires Node >= 22 (this machine runs Node 20); not installed',
}

const attempts = new Map()

function versionOf(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version
  } catch {
    return undefined
  }
}

function npmInstall(dir, packages) {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...packages],
      { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => resolve(error ? `${error.message}\n${stderr}`.trim() : null),
    )
  })
}

/**
 * Makes a peer available, installing it when its pinned version is missing.
 *
 * @param {keyof typeof PEERS} name
 * @returns {Promise<{ ok: true, name: string, version: string, dir: string, bin: string | null } | { ok: false, name: string, reason: string }>}
 */
export function ensurePeer(name) {
  let attempt = attempts.get(name)
  if (attempt === undefined) {
    attempt = install(name)
    attempts.set(name, attempt)
  }
  return attempt
}

async function install(name) {
  const peer = PEERS[name]
  if (peer === undefined) return { ok: false, name, reason: `unknown peer ${JSON.stringify(name)}` }
  if (peer.local !== undefined) {
    const dir = join(root, peer.local)
    const version = versionOf(dir)
    if (version === undefined)
      return { ok: false, name, reason: `${peer.local} is not installed in the repo` }
    return { ok: true, name, version, dir, bin: peer.bin === null ? null : join(dir, peer.bin) }
  }
  const prefix = join(peersDir, name)
  const dir = join(prefix, 'node_modules', peer.pkg)
  const wanted = peer.install[0].slice(peer.install[0].lastIndexOf('@') + 1)
  if (versionOf(dir) !== wanted || peer.install.slice(1).some((spec) => !installed(prefix, spec))) {
    console.error(`[bench] installing ${peer.install.join(' ')} into ${prefix} …`)
    const failure = await npmInstall(prefix, peer.install)
    if (failure !== null)
      return {
        ok: false,
        name,
        reason: `npm install ${peer.install.join(' ')} failed: ${failure.split('\n').slice(-3).join(' ')}`,
      }
  }
  const version = versionOf(dir)
  const bin = join(dir, peer.bin)
  if (version !== wanted || !existsSync(bin))
    return { ok: false, name, reason: `${peer.pkg}@${wanted} not found in ${prefix} after npm install` }
  return { ok: true, name, version, dir, bin }
}

function installed(prefix, spec) {
  const at = spec.lastIndexOf('@')
  return versionOf(join(prefix, 'node_modules', spec.slice(0, at))) === spec.slice(at + 1)
}
