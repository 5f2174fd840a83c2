import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, type GateConfig } from '../../src/config/gate-config.js'
import { blocks, runRules } from '../../src/rules/run-rules.js'
import { embeddedKnowledge } from '../../src/knowledge/index.js'
import { cluster, inventory } from '../helpers/model.js'
import { controlPlaneSkipsMinor } from '../../src/rules/control-plane/control-plane-skips-minor.js'
import { nodeGroupNewerThanControlPlane } from '../../src/rules/nodes/node-group-newer-than-control-plane.js'
import { nodeGroupSkew } from '../../src/rules/nodes/node-group-skew.js'

const config = (overrides: Partial<GateConfig> = {}): GateConfig => ({
  ...DEFAULT_CONFIG,
  ...overrides,
})
// The mechanics of new/existing and severity do not depend on which rules run: use a few.
const rules = [controlPlaneSkipsMinor, nodeGroupSkew, nodeGroupNewerThanControlPlane]
const run = (
  head: ReturnType<typeof inventory>,
  base?: ReturnType<typeof inventory>,
  cfg = config(),
) =>
  runRules({
    head,
    ...(base && { base }),
    knowledge: embeddedKnowledge,
    config: cfg,
    today: '2026-11-21',
    rules,
  }).findings

describe('runRules', () => {
  const staleGroup = [{ name: 'old', version: '1.24' }]

  it('marks findings that also exist at base as existing, others as new', () => {
    const base = inventory([cluster('prod', '1.28'), cluster('stage', '1.28', staleGroup)])
    const head = inventory([cluster('prod', '1.30'), cluster('stage', '1.28', staleGroup)])
    const findings = run(head, base)
    expect(findings.map((f) => [f.ruleId, f.cluster, f.new])).toEqual([
      ['control-plane-skips-minor', 'eksctl:c.yaml:prod', true],
      ['node-group-skew', 'eksctl:c.yaml:stage', false],
    ])
  })

  it('recognises the same problem when lines move and wording changes', () => {
    const base = inventory([cluster('stage', '1.28', [{ name: 'old', version: '1.24', line: 10 }])])
    const head = inventory([cluster('stage', '1.29', [{ name: 'old', version: '1.24', line: 50 }])])
    const [finding] = run(head, base)
    expect(finding).toMatchObject({ ruleId: 'node-group-skew', new: false, line: 50 })
  })

  it('treats everything as new without a base', () => {
    expect(run(inventory([cluster('stage', '1.28', staleGroup)])).every((f) => f.new)).toBe(true)
  })

  it('applies severity overrides and turns rules off', () => {
    const head = inventory([cluster('stage', '1.28', staleGroup)])
    expect(
      run(head, undefined, config({ rules: { 'node-group-skew': 'warning' } }))[0]!.severity,
    ).toBe('warning')
    expect(run(head, undefined, config({ rules: { 'node-group-skew': 'off' } }))).toEqual([])
  })

  it('blocks on new findings at or above fail-on; existing ones only with fail-on-existing', () => {
    const base = inventory([cluster('stage', '1.28', staleGroup)])
    const head = inventory([
      cluster('stage', '1.28', staleGroup),
      cluster('new', '1.30', [{ name: 'x', version: '1.31' }]),
    ])
    const findings = run(head, base)
    const fresh = findings.find((f) => f.new)!
    const old = findings.find((f) => !f.new)!
    expect(blocks(fresh, config())).toBe(true)
    expect(blocks(old, config())).toBe(false)
    expect(blocks(old, config({ failOnExisting: true }))).toBe(true)
    expect(blocks(fresh, config({ failOn: 'never' }))).toBe(false)
    const notice = { ...fresh, severity: 'notice' as const }
    expect(blocks(notice, config({ failOn: 'warning' }))).toBe(false)
    expect(blocks(notice, config({ failOn: 'notice' }))).toBe(true)
  })
})
