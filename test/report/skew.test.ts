import { marked } from 'marked'
import { afterEach, describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { skewPicture } from '../../src/report/skew.js'
import { checkChange } from '../helpers/change.js'
import { eksctlCluster, TempRepo } from '../helpers/git-repo.js'

let repo: TempRepo | undefined
afterEach(() => repo?.cleanup())

const groups = (entries: string) => `managedNodeGroups:\n${entries}`
const group = (name: string, extra = '') => `  - name: ${name}\n${extra}`
const addons = (entries: Array<[string, string]>) =>
  `addons:\n${entries.map(([name, version]) => `  - name: ${name}\n    version: ${version}\n`).join('')}`

/** The shipped CLI's JSON report of a change, and the picture of its cluster. */
function picture(before: string, after: string) {
  const result = checkChange({ 'cluster.yaml': before }, { 'cluster.yaml': after }, '2026-01-10')
  repo = result.repo
  const cluster = result.report.clusters[0]!.id
  return { report: result.report, markdown: skewPicture(result.report, cluster).join('\n') }
}

describe('the skew picture of a changed cluster', () => {
  it('a skipped minor: the control plane jumps two columns, the inheriting group with it', () => {
    const body = groups(group('general')) + addons([['kube-proxy', 'v1.30.0-eksbuild.3']])
    const { markdown } = picture(
      eksctlCluster('prod', '1.30', body),
      eksctlCluster('prod', '1.32', body),
    )
    expect(markdown).toMatchSnapshot()
  })

  it('a stuck AL2 group pinned behind the control plane, and one that would follow it onto a family with no AMI', () => {
    const body = groups(
      group('legacy', `    amiFamily: AmazonLinux2\n    version: "1.31"\n`) +
        group('follows', `    amiFamily: AmazonLinux2\n`),
    )
    const { markdown } = picture(
      eksctlCluster('prod', '1.32', body),
      eksctlCluster('prod', '1.33', body),
    )
    expect(markdown).toMatchSnapshot()
  })

  it('lagging add-ons: kube-proxy left at 1.29 and the version the plan wants', () => {
    const body = addons([
      ['kube-proxy', 'v1.29.0-eksbuild.1'],
      ['coredns', 'v1.11.1-eksbuild.4'],
    ])
    const { markdown } = picture(
      eksctlCluster('prod', '1.30', body),
      eksctlCluster('prod', '1.31', body),
    )
    expect(markdown).toMatchSnapshot()
  })

  it('renders as a table under a GitHub-flavoured markdown renderer: a column per minor, base and head where each part is', () => {
    const body = groups(group('general')) + addons([['kube-proxy', 'v1.30.0-eksbuild.3']])
    const { report } = picture(
      eksctlCluster('prod', '1.30', body),
      eksctlCluster('prod', '1.31', body),
    )
    const html = marked.parse(renderMarkdown(report), { gfm: true, async: false })
    const table = /<h4>Skew: prod 1\.30 → 1\.31<\/h4>\s*<table>([\s\S]*?)<\/table>/.exec(html)?.[1]
    expect(table).toBeDefined()
    const cells = (row: string) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) =>
        m[1]!.replace(/<[^>]+>/g, '').trim(),
      )
    const rows = [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]!))
    expect(rows[0]).toEqual(['Part', '1.30', '1.31', 'Version (base → head)', 'Needs'])
    expect(rows.find((r) => r[0] === 'Control plane')).toEqual([
      'Control plane',
      'base',
      'head',
      '1.30 → 1.31',
      '✓',
    ])
    expect(rows.find((r) => r[0] === 'general (managed)')!.slice(1, 3)).toEqual(['base', 'head'])
    // Every row has as many cells as the header: nothing in a name breaks the table.
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true)
  })

  it('many clusters: those the change leaves alone are one line, not a row each', () => {
    const many = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`c${i}.yaml`, eksctlCluster(`c${i}`, '1.33')]),
    )
    const result = checkChange(many, { 'c0.yaml': eksctlCluster('c0', '1.34') }, '2026-01-10')
    repo = result.repo
    const markdown = renderMarkdown(result.report)
    expect(markdown).toContain('| c0 | **1.33 → 1.34** |')
    expect(markdown).not.toContain('| c1 |')
    expect(markdown).toContain('7 clusters unchanged by this pull request')
  })

  it('a pull request of one root in many: the others are listed collapsed, where they are declared, names made inert', () => {
    const root = (name: string, minor: string) =>
      `resource "aws_eks_cluster" "this" {\n  name    = "${name}"\n  version = "${minor}"\n}\n`
    const before = {
      'clusters/blue/main.tf': root('blue', '1.33'),
      'clusters/green/main.tf': root('green', '1.33'),
      // A directory name is the pull request's to choose.
      'clusters/<b>x</b> @team/main.tf': root('red', '1.33'),
      'eksctl/prod.yaml': eksctlCluster('prod', '1.33'),
    }
    const result = checkChange(
      before,
      { 'clusters/blue/main.tf': root('blue', '1.34') },
      '2026-01-10',
    )
    repo = result.repo
    expect(result.report.scope).toMatchObject({
      mode: 'affected',
      evaluated: ['clusters/blue'],
      unchanged: ['clusters/<b>x</b> @team', 'clusters/green', 'eksctl/prod.yaml'],
    })
    const html = marked.parse(renderMarkdown(result.report), { gfm: true, async: false })
    const details = /<details>([\s\S]*?)<\/details>/.exec(html)?.[1]
    expect(details).toContain(
      '<summary>3 more cluster declarations unchanged by this pull request, not evaluated</summary>',
    )
    expect(details).toContain('<code>clusters/green</code>')
    expect(details).toContain('<code>clusters/&lt;b&gt;x&lt;/b&gt; @team</code>')
    expect(html).not.toContain('<b>x</b>')
    // The note counts them; the text report gives them one line.
    expect(result.report.notes[0]).toContain(
      'Every other cluster (3 declarations, in scope.unchanged) is unchanged by construction',
    )
    expect(renderText(result.report)).toContain(
      '  + 3 unchanged, not evaluated: clusters/<b>x</b> @team, clusters/green, eksctl/prod.yaml',
    )
  })
})
