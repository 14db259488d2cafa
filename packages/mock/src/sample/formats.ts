/**
 * String values for the `format` keyword (JSON Schema 2020-12 Validation §7.3, OpenAPI data types
 * §4.4): each generator returns a value the validator's format check accepts.
 *
 * @module
 */

import type { Faker } from '@faker-js/faker'

type Make = (faker: Faker) => string

const dateTime: Make = (f) => f.date.recent({ days: 365 }).toISOString()
const date: Make = (f) => f.date.past({ years: 2 }).toISOString().slice(0, 10)
const time: Make = (f) => `${f.date.recent({ days: 365 }).toISOString().slice(11, 19)}Z`
const email: Make = (f) => f.internet.email()
const url: Make = (f) => f.internet.url()
const hostname: Make = (f) => f.internet.domainName()

function base64(f: Faker): string {
  const bytes = f.string.alphanumeric({ length: { min: 6, max: 24 } })
  return btoa(bytes)
}

const FORMATS: Readonly<Record<string, Make>> = {
  uuid: (f) => f.string.uuid(),
  date,
  'date-time': dateTime,
  'iso-date-time': dateTime,
  time,
  'iso-time': time,
  email,
  'idn-email': email,
  uri: url,
  url,
  iri: url,
  'uri-reference': (f) => `/${f.lorem.slug(2)}`,
  'iri-reference': (f) => `/${f.lorem.slug(2)}`,
  'uri-template': (f) => `${f.internet.url({ appendSlash: false })}/{id}`,
  hostname,
  'idn-hostname': hostname,
  ipv4: (f) => f.internet.ipv4(),
  ipv6: (f) => f.internet.ipv6(),
  byte: base64,
  binary: (f) => f.string.alphanumeric(16),
  password: (f) => f.internet.password({ length: 14 }),
  int32: (f) => String(f.number.int({ min: 0, max: 100_000 })),
  int64: (f) => String(f.number.int({ min: 0, max: 1_000_000_000 })),
  float: (f) => String(f.number.float({ min: 0, max: 1000, fractionDigits: 2 })),
  double: (f) => String(f.number.float({ min: 0, max: 1000, fractionDigits: 2 })),
  decimal: (f) => String(f.number.float({ min: 0, max: 1000, fractionDigits: 2 })),
  duration: (f) =>
    `P${f.number.int({ min: 1, max: 30 })}DT${f.number.int({ min: 0, max: 23 })}H${f.number.int({ min: 0, max: 59 })}M`,
  regex: (f) => f.helpers.arrayElement(['^[a-z]+$', '^\\d{3}-\\d{4}$', '^[A-Z][a-z]*$']),
  'json-pointer': (f) => `/${f.lorem.word()}/${f.number.int({ min: 0, max: 9 })}`,
  'relative-json-pointer': (f) => `${f.number.int({ min: 0, max: 3 })}/${f.lorem.word()}`,
  'json-pointer-uri-fragment': (f) => `#/${f.lorem.word()}`,
  'unix-time': (f) => String(Math.floor(f.date.recent({ days: 365 }).getTime() / 1000)),
}

/** A string in `format`, or `undefined` for formats the sampler does not know. */
export function formatValue(faker: Faker, format: string): string | undefined {
  return FORMATS[format]?.(faker)
}
