import { shortText } from '../model/declared.js'
import { GATE_KEYS, type GateConfig } from './gate-config.js'

/**
 * What a configuration change does, one line per setting, as the file spells it
 * (`fail-on: error → never`, `exclude: + "**"`): a reviewer sees the bar move.
 * A side that did not parse is its error message.
 */
export function configChanges(
  before: GateConfig | string,
  after: GateConfig | string,
  file: { added: boolean; deleted: boolean },
): string[] {
  if (typeof before === 'string' || typeof after === 'string') {
    const broken = typeof after === 'string' ? after : (before as string)
    return [`${typeof after === 'string' ? 'the new' : 'the old'} file is invalid: ${broken}`]
  }
  const lines = file.added ? ['the file is new'] : file.deleted ? ['the file is deleted'] : []
  for (const key of GATE_KEYS) {
    const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    const was = before[key]
    const is = after[key]
    if (same(was, is)) continue
    if (Array.isArray(was) || Array.isArray(is)) {
      const old = ((was as readonly unknown[] | undefined) ?? []).map(shown)
      const now = ((is as readonly unknown[] | undefined) ?? []).map(shown)
      const edits = [
        ...now.filter((item) => !old.includes(item)).map((item) => `+ ${item}`),
        ...old.filter((item) => !now.includes(item)).map((item) => `− ${item}`),
      ]
      lines.push(`${name}: ${edits.join(', ') || 'reordered'}`)
    } else if (key === 'rules') {
      const old = (was ?? {}) as Record<string, string>
      const now = (is ?? {}) as Record<string, string>
      for (const rule of new Set([...Object.keys(old), ...Object.keys(now)]))
        if (old[rule] !== now[rule])
          lines.push(`rules.${rule}: ${old[rule] ?? 'default'} → ${now[rule] ?? 'default'}`)
    } else lines.push(`${name}: ${shown(was)} → ${shown(is)}`)
  }
  return lines
}

/** An ignore entry's line number is where it is written, not what it does. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object' && 'at' in value)
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'at'))
  return value
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a) ?? null) === JSON.stringify(comparable(b) ?? null)
}

function shown(value: unknown): string {
  if (value === undefined) return 'unset'
  return shortText(typeof value === 'string' ? value : JSON.stringify(comparable(value)), 80)
}
