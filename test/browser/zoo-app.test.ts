/**
 * The example app in a real browser: the generated zoo SDK, answered by the generated MSW mocks in a
 * service worker, scripted from the statusline panel mounted in the page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildZooApp } from '../../generator/scripts/build-zoo-app.ts'
import { type StaticServer, serveStatic } from '../../generator/scripts/serve-static.ts'
import { generateInto } from '../helpers/generate-into.ts'
import { ROOT, SCRATCH } from '../helpers/paths.ts'
import { launchChromium, SKIP_REASON } from './chromium.ts'

const title = `example app with the service worker and the panel${SKIP_REASON === undefined ? '' : ` (${SKIP_REASON})`}`

describe.skipIf(SKIP_REASON !== undefined)(title, () => {
  let browser: Browser
  let app: StaticServer
  let page: Page
  const fromWorker: string[] = []
  const fromNetwork: string[] = []
  /** What the page logged as an error: shown when a wait fails, so a broken bundle is obvious. */
  const pageErrors: string[] = []

  beforeAll(async () => {
    const { dir } = await generateInto(`${ROOT}specs/zoo.yaml`, 'browser-zoo-sdk')
    const outDir = `${SCRATCH}browser-zoo-app`
    await buildZooApp({ outDir, sdkDir: dir })
    app = await serveStatic(outDir)
    browser = await launchChromium()
    page = await browser.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    page.on('response', (response) => {
      if (!response.url().startsWith('https://api.example.com/')) return
      ;(response.fromServiceWorker() ? fromWorker : fromNetwork).push(response.url())
    })
    await page.goto(app.url)
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  const state = async (value: string) => {
    try {
      await page.waitForSelector(`#view[data-state="${value}"]`, { timeout: 15_000 })
    } catch (error) {
      const shown = await page.locator('#view').getAttribute('data-state')
      throw new Error(
        `the app did not reach "${value}" (it shows "${shown}"); page errors:\n${pageErrors.join('\n')}`,
        {
          cause: error,
        },
      )
    }
  }
  const panelRow = (operation: string) => page.locator(`.sl-op[data-operation="${operation}"]`)

  it('lists the zoos, answered by the service worker', async () => {
    await state('list')
    expect(await page.locator('#view li').count()).toBeGreaterThan(0)
    expect(fromWorker.some((url) => url.startsWith('https://api.example.com/v1/zoos'))).toBe(true)
    expect(fromNetwork).toEqual([])
    expect(pageErrors.filter((text) => !text.includes('favicon') && !text.includes('404'))).toEqual([])
  })

  it('shows a zoo, then its not-found state after the panel switches getZoo to 404', async () => {
    await page.locator('#view button.link').first().click()
    await state('item')
    await panelRow('getZoo').locator('select[data-role="status"]').selectOption('404')
    await page.click('#reload')
    await state('not-found')
    expect(await page.textContent('#view')).toContain('was not found')
  })

  it('shows the error state for 500 and the network-error state when the panel takes getZoo offline', async () => {
    await panelRow('getZoo').locator('select[data-role="status"]').selectOption('500')
    await page.click('#reload')
    await state('error')
    expect(await page.textContent('#view')).toContain('500')
    await panelRow('getZoo').locator('input[data-role="network-error"]').check()
    await page.click('#reload')
    await state('network-error')
  })

  it('goes back to the default answer, and the panel shows the live log and the coverage', async () => {
    await panelRow('getZoo').locator('input[data-role="network-error"]').uncheck()
    await panelRow('getZoo').locator('select[data-role="status"]').selectOption('')
    await page.click('#reload')
    await state('item')
    await page.waitForSelector('[data-role="log"] li[data-operation="getZoo"][data-status="404"]')
    const coverage = await panelRow('getZoo').locator('[data-role="coverage"]').textContent()
    expect(coverage).toContain('✓ 200')
    expect(coverage).toContain('✓ 404')
    expect(coverage).toContain('✓ 500')
    await page.screenshot({ path: `${SCRATCH}browser-zoo-app.png`, fullPage: true })
  })
})
