import { describe, expect, it } from 'vitest'
import { oneAtATime } from './one-at-a-time.ts'

/** A task whose runs end when the test says so; counts runs and the most that overlapped. */
function controlledTask() {
  const ends: (() => void)[] = []
  let active = 0
  let overlap = 0
  let runs = 0
  const task = () =>
    new Promise<void>((resolve) => {
      runs++
      active++
      overlap = Math.max(overlap, active)
      ends.push(() => {
        active--
        resolve()
      })
    })
  /** Ends the oldest running run and lets its follow-up start. */
  const endOne = async () => {
    ends.shift()?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { task, endOne, stats: () => ({ runs, overlap, running: ends.length }) }
}

describe('oneAtATime', () => {
  it('never overlaps runs; triggers during a run coalesce into one more run', async () => {
    const { task, endOne, stats } = controlledTask()
    const trigger = oneAtATime(task)
    trigger()
    trigger()
    trigger()
    expect(stats()).toEqual({ runs: 1, overlap: 1, running: 1 })
    await endOne()
    expect(stats()).toEqual({ runs: 2, overlap: 1, running: 1 })
    await endOne()
    expect(stats()).toEqual({ runs: 2, overlap: 1, running: 0 })
    trigger()
    expect(stats()).toEqual({ runs: 3, overlap: 1, running: 1 })
    await endOne()
    expect(stats().running).toBe(0)
  })
})
