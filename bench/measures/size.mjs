// 4. Size of a one-operation app: runs bench/client-size.mjs (esbuild bundle, minify, gzip -9) as a
// child and takes the rows of its table, statusline against openapi-fetch.
import { fileURLToPath } from 'node:url'
import { lastLines, runNode } from '../lib/children.mjs'
import { root } from '../lib/paths.mjs'

const script = fileURLToPath(new URL('../client-size.mjs', import.meta.url))

/** Parses the table client-size.mjs prints: `<n>. <app>  <min B>  <gzip B>  <ratio>×`. */
export function parseSizeTable(stdout) {
  const rows = new Map()
  for (const line of stdout.split('\n')) {
    const match = /^(\d)\.\s+(.*?)\s+(\d+)\s+(\d+)\s+[\d.]+×\s*$/.exec(line)
    if (match)
      rows.set(Number(match[1]), { app: match[2], min: Number(match[3]), gzip: Number(match[4]), line })
  }
  return rows
}

/**
 * @param {{ quick: boolean, log: (line: string) => void }} context
 */
export async function measureSize({ quick, log }) {
  // --keep reuses the GitHub SDK client-size.mjs generated before (quick runs only).
  const result = await runNode(script, quick ? ['--keep'] : [], { cwd: root, timeoutMs: 300_000 })
  if (result.code !== 0)
    return {
      rows: [],
      failures: [
        {
          tool: 'client-size.mjs',
          reason: `exit ${result.code}: ${lastLines(result.stderr + result.stdout, 4)}`,
        },
      ],
    }
  const rows = parseSizeTable(result.stdout)
  const need = [1, 2, 3, 4, 5, 6].filter((n) => !rows.has(n))
  if (need.length > 0)
    return {
      rows: [],
      failures: [
        {
          tool: 'client-size.mjs',
          reason: `rows ${need.join(', ')} missing from its table:\n${lastLines(result.stdout, 12)}`,
        },
      ],
    }
  const tableLines = result.stdout.split('\n').filter((line) => /^(app\s|\d\.\s|GitHub check)/.test(line))
  for (const line of tableLines) log(`  size ${line}`)
  const at = (n, key) => rows.get(n)[key]
  return {
    rows: [
      {
        measurement: 'one-operation app bundle, minified',
        unit: 'B',
        better: 'lower',
        statusline: { label: 'zoo getZoo', value: at(1, 'min') },
        peers: [{ label: 'openapi-fetch GET', value: at(4, 'min') }],
      },
      {
        measurement: 'one-operation app bundle, gzip -9',
        unit: 'B',
        better: 'lower',
        statusline: { label: 'zoo getZoo', value: at(1, 'gzip') },
        peers: [
          { label: 'openapi-fetch GET', value: at(4, 'gzip') },
          { label: 'statusline: 1 of GitHub ops', value: at(3, 'gzip') },
        ],
      },
      {
        measurement: 'app with auth, gzip -9',
        unit: 'B',
        better: 'lower',
        statusline: { label: '+auth,retry,timeout', value: at(2, 'gzip') },
        peers: [{ label: 'openapi-fetch +middleware', value: at(5, 'gzip') }],
      },
      {
        measurement: 'app with a middleware, gzip -9',
        unit: 'B',
        better: 'lower',
        statusline: { label: '+auth,retry,timeout,middleware', value: at(6, 'gzip') },
        peers: [{ label: 'openapi-fetch +middleware', value: at(5, 'gzip') }],
      },
    ],
    failures: [],
    notes: tableLines.map((line) => `client-size.mjs: ${line}`),
  }
}
