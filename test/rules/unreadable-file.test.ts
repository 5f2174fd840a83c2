import { describe, expect, it } from 'vitest'
import { unreadableFile as rule } from '../../src/rules/tool/unreadable-file.js'
import { context } from '../helpers/model.js'

describe(rule.meta.id, () => {
  it('is a warning by default', () => expect(rule.meta.severity).toBe('warning'))

  it('valid: no problems, no reports', () => {
    expect(rule.check(context([]))).toEqual([])
  })

  it('invalid: each read problem becomes a report at its place', () => {
    const at = { file: 'x.yaml', line: 7, column: 3 }
    expect(
      rule.check(context([], [{ at, message: 'YAML syntax error in x.yaml at line 7: bad' }])),
    ).toEqual([
      { at, message: 'YAML syntax error in x.yaml at line 7: bad', subject: 'file:x.yaml' },
    ])
  })
})
