/**
 * A consumer under a loose config (`strict: false`, no `strictNullChecks`), as many apps compile: the
 * generated SDKs and their narrowing still type-check there.
 */
import { createClient as createPetstore } from 'petstore-sdk'
import { createClient } from 'zoo-sdk'

export async function zooName(id: number): Promise<string> {
  const res = await createClient().getZoo({ path: { zooId: id } })
  switch (res.status) {
    case 200:
      return res.data.name
    case 404:
      return res.error.error
    default:
      return `HTTP ${res.status}`
  }
}

export async function petCount(): Promise<number> {
  const res = await createPetstore().listPets({ query: { limit: 10 } })
  return res.ok ? res.data.length : 0
}
