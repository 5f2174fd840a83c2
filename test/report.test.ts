import { keepChecks, reviewCommentBody } from '../src/report/comment.js'
import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../src/report/annotations.js'
import { codeSpan, escapeCell, renderMarkdown } from '../src/report/markdown.js'
import type { FindingJson, Report } from '../src/report/report.js'

function finding(overrides: Partial<FindingJson> = {}): FindingJson {
  return {
    ruleId: 'node-group-skew',
    severity: 'error',
    message: 'm',
    file: 'a.yaml',
    line: 1,
    column: 1,
    cluster: null,
    new: true,
    suppressed: false,
    blocking: true,
    docs: 'https://example.invalid/docs',
    fingerprint: 'node-group-skew||ng',
    ...overrides,
  }
}

function report(findings: FindingJson[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'eks-upgrade-gate', version: '0.0.0', dataDate: '2026-11-21' },
    base: null,
    clusters: [],
    transitions: [],
    findings,
    unassigned: { components: [], nodeClasses: [] },
    plan: [],
    summary: {
      errors: 0,
      warnings: 0,
      notices: 0,
      new: { errors: 0, warnings: 0, notices: 0 },
      suppressed: 0,
      filesScanned: 0,
      failOn: 'error',
      result: 'pass',
    },
    notes: [],
  }
}

describe('annotations', () => {
  it('annotates new findings and blocking existing ones only', () => {
    const plan = planAnnotations(
      report([
        finding({ line: 1 }),
        finding({ line: 2, new: false, blocking: false }),
        finding({ line: 3, new: false, blocking: true }),
      ]),
    )
    expect(plan.annotations.map((a) => a.line)).toEqual([1, 3])
    expect(plan.rest).toEqual([])
  })

  it('keeps within GitHub’s 10 per level and counts what did not fit, leaving room for the "more" notice', () => {
    const many = [
      ...Array.from({ length: 15 }, (_, i) => finding({ line: i + 1 })),
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'notice', line: 100 + i })),
    ]
    const plan = planAnnotations(report(many))
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length
    expect(count('error')).toBe(ANNOTATIONS_PER_LEVEL)
    expect(count('notice')).toBe(ANNOTATIONS_PER_LEVEL - 1)
    expect(plan.rest).toHaveLength(5 + 3)
  })
})

describe('markdown', () => {
  it('escapes table-breaking characters', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b c')
  })

  it('says when there is nothing to report, and never hides suppressed counts', () => {
    const md = renderMarkdown(report([]))
    // Finding nothing is a warning, never a green "no findings".
    expect(md).toContain('## ⚠️ EKS upgrade gate: nothing EKS-related was found: check the path')
    expect(md).toContain('No EKS cluster declarations were found.')
    const withSuppressed = report([])
    withSuppressed.summary.suppressed = 2
    expect(renderMarkdown(withSuppressed)).toContain('· 2 suppressed')
  })
})

describe('comment size', () => {
  it('10,000 findings stay under 65,536 characters with an honest count of what was cut', async () => {
    const { commentBody, COMMENT_LIMIT } = await import('../src/report/comment.js')
    const many = Array.from({ length: 10_000 }, (_, i) =>
      finding({
        line: i + 1,
        message: `Node group ng-${i} is far behind the control plane | with a pipe`,
        fingerprint: `f${i}`,
      }),
    )
    const body = commentBody(
      report(many),
      { head: 'abc1234', at: '2026-11-21T10:00:00.000Z' },
      { moreUrl: 'https://github.com/acme/infra/actions/runs/1' },
    )
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/^<!-- eks-upgrade-gate:comment -->/)
    const cut =
      /> (\d+) more findings did not fit here: \[the job summary\]\(https:\/\/github.com\/acme\/infra\/actions\/runs\/1\)/.exec(
        body,
      )
    expect(cut).not.toBeNull()
    const shown = body.split('\n').filter((line) => line.startsWith('| 🔴')).length
    expect(shown + Number(cut![1])).toBe(10_000)
  })
})

describe('keepChecks: ticked plan steps survive a rewrite of the comment', () => {
  const body = (first: string, second: string, place: string) =>
    [
      '### Upgrade plan: prod 1.30 → 1.32',
      '**1.30 → 1.31**',
      `- ${first} Upgrade the control plane of prod to 1.31 · \`main.tf:${place}\``,
      '**1.31 → 1.32**',
      `- ${second} Upgrade the control plane of prod to 1.32 · \`main.tf:${place}\``,
    ].join('\n')

  it('keeps a tick on the same step of the same hop, wherever its line moved', () => {
    expect(keepChecks(body('[x]', '[ ]', '7'), body('[ ]', '[ ]', '9'))).toBe(
      body('[x]', '[ ]', '9'),
    )
  })

  it('ticks nothing else: another hop, another plan, or a step that changed', () => {
    const previous = body('[x]', '[ ]', '7')
    expect(
      keepChecks(previous, body('[ ]', '[ ]', '7').replace('1.30 → 1.32', '1.30 → 1.33')),
    ).not.toContain('[x]')
    expect(
      keepChecks(previous, body('[ ]', '[ ]', '7').replace('to 1.31', 'to 1.31 (new)')),
    ).not.toContain('[x]')
    expect(keepChecks(body('[ ]', '[ ]', '7'), body('[ ]', '[ ]', '7'))).not.toContain('[x]')
  })
})

describe('one line, one row', () => {
  it('two findings on one line are one row, and advice the first gave is not repeated', () => {
    const advice = 'Move it to v1.31.2-eksbuild.3 after the control plane.'
    const markdown = renderMarkdown(
      report([
        finding({
          ruleId: 'addon-not-moved',
          severity: 'warning',
          file: 'main.tf',
          line: 12,
          message: `The kube-proxy add-on stays at v1.30.0-eksbuild.3. ${advice}`,
        }),
        finding({
          ruleId: 'kube-proxy-minor-mismatch',
          severity: 'warning',
          file: 'main.tf',
          line: 12,
          message: `kube-proxy is at 1.30 while the control plane is 1.31. ${advice}`,
        }),
      ]),
    )
    const rows = markdown.split('\n').filter((line) => line.includes('`main.tf:12`'))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.split(advice)).toHaveLength(2)
    expect(rows[0]).toContain('kube-proxy is at 1.30 while the control plane is 1.31.')
    expect(rows[0]).toContain('`addon-not-moved`')
    expect(rows[0]).toContain('`kube-proxy-minor-mismatch`')
  })
})

describe('text from the pull request is inert in markdown', () => {
  const hostile = finding({
    file: 'clusters/<!--evil.yaml',
    message:
      'Cluster @acme/platform (#1) says <img src=x onerror=alert(1)>\n## ✅ EKS upgrade gate: passed | forged',
  })

  it('no raw HTML, no mention or reference, no forged heading or table cell', () => {
    const markdown = renderMarkdown(report([hostile]))
    const row = markdown.split('\n').find((line) => line.includes('onerror'))!
    expect(row).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(row).toContain('@&#8203;acme/platform')
    expect(row).toContain('(#&#8203;1)')
    expect(row).toContain('\\| forged')
    // A path is a code span, inert as it is; a backtick in it cannot end the span.
    expect(markdown).toContain('`clusters/<!--evil.yaml:1`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toHaveLength(1)
  })

  it('review comments too', () => {
    const body = reviewCommentBody([hostile])
    expect(body).not.toContain('<img')
    expect(body).toContain('@&#8203;acme')
    expect(body.split('\n').some((line) => line.startsWith('## '))).toBe(false)
  })
})
