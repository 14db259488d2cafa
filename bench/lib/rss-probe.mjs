// Fallback of `runNode` when /usr/bin/time is missing: runs a node CLI in this process and prints the
// process's peak resident memory on stderr at exit (`[bench] maxRSS <KiB>`), where the bench reads it.
//
//   node bench/lib/rss-probe.mjs <script> [...args]
import { writeSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [script, ...args] = process.argv.slice(2)
if (script === undefined) {
  console.error('[statusline] Failed to probe memory: no script given (rss-probe.mjs <script> [...args])')
  process.exit(2)
}
process.argv = [process.argv[0], resolve(script), ...args]
process.on('exit', () => writeSync(2, `\n[bench] maxRSS ${process.resourceUsage().maxRSS}\n`))
await import(pathToFileURL(resolve(script)).href)
