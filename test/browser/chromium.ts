/** Launching Debian's chromium with playwright-core for the browser tests, or the reason it cannot be. */
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Where the browser tests look for chromium (override with `STATUSLINE_CHROMIUM`). */
export const CHROMIUM_PATH = process.env.STATUSLINE_CHROMIUM ?? '/usr/bin/chromium'

/** Why the browser tests are skipped, or undefined when chromium is there. */
export const SKIP_REASON = existsSync(CHROMIUM_PATH)
  ? undefined
  : `skipped: no chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set STATUSLINE_CHROMIUM)`

/** Launches headless chromium with the flags a container needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
