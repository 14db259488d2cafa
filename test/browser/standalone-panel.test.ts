/**
 * The panel page of the standalone server in a real browser: it drives the admin API, so a status picked
 * in the page changes what any HTTP client gets, and the request log arrives over Server-Sent Events.
 */
import { createMock, type UntypedOperations } from '@statusline/mock'
import { type MockServer, startMockServer } from '@statusline/mock/node'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCRATCH } from '../helpers/paths.ts'
import { specMockData } from '../helpers/zoo-mock-data.ts'
import { launchChromium, SKIP_REASON } from './chromium.ts'

const title = `standalone scenario panel${SKIP_REASON === undefined ? '' : ` (${SKIP_REASON})`}`

describe.skipIf(SKIP_REASON !== undefined)(title, () => {
  let browser: Browser
  let server: MockServer
  let page: Page

  beforeAll(async () => {
    const data = await specMockData()
    server = await startMockServer({ mock: createMock<UntypedOperations>(data, { baseUrl: '/v1' }), port: 0 })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(server.panelUrl)
    await page.waitForSelector('.sl-op[data-operation="getZoo"]')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('groups the operations by tag with a switch of their declared statuses', async () => {
    const tags = await page.locator('details[data-tag] > summary').allTextContents()
    expect(tags).toEqual(['zoos', 'animals', 'employees', 'animal-types'])
    const options = await page
      .locator('.sl-op[data-operation="getZoo"] select[data-role="status"] option')
      .allTextContents()
    expect(options).toEqual(['default (200)', '200', '404', '500', 'default (501)'])
  })

  it('switching getZoo to 404 in the page changes what an HTTP client gets, and the log shows it live', async () => {
    await page.locator('.sl-op[data-operation="getZoo"] select[data-role="status"]').selectOption('404')
    await expect.poll(async () => (await fetch(`${server.apiUrl}/zoos/5`)).status).toBe(404)
    await page.waitForSelector('[data-role="log"] li[data-operation="getZoo"][data-status="404"]')
    await page.waitForFunction(() =>
      document
        .querySelector('.sl-op[data-operation="getZoo"] [data-role="coverage"]')
        ?.textContent?.includes('✓ 404'),
    )
    await page.screenshot({ path: `${SCRATCH}standalone-panel.png` })
  })

  it('a delay and the offline toggle reach the server; Reset all clears them', async () => {
    const row = page.locator('.sl-op[data-operation="listZoos"]')
    await row.locator('input[data-role="network-error"]').check()
    await expect
      .poll(async () =>
        fetch(`${server.apiUrl}/zoos`).then(
          () => 'answered',
          () => 'dropped',
        ),
      )
      .toBe('dropped')
    await row.locator('input[data-role="network-error"]').uncheck()
    await row.locator('input[data-role="delay"]').fill('300')
    await row.locator('input[data-role="delay"]').dispatchEvent('change')
    await expect
      .poll(async () => {
        const started = performance.now()
        await fetch(`${server.apiUrl}/zoos`)
        return performance.now() - started
      })
      .toBeGreaterThan(280)
    await page.click('[data-role="reset"]')
    await expect.poll(async () => (await fetch(`${server.apiUrl}/zoos/5`)).status).toBe(200)
    expect(server.controls().scripted()).toEqual({ scenarios: {}, networkErrors: [] })
  })
})
