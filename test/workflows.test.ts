import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/index'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/fixtures.js'

/** What GitHub's own workflow parser (the one behind the Actions language server) says is wrong. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (errors.length > 0 || !parsed.value) return errors
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  return (template.errors ?? []).map((error) => error.Message)
}

const workflowDir = path.join(REPO_ROOT, '.github/workflows')
const workflows = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(path.join(workflowDir, name), 'utf8') }))

/** The ```yaml blocks of the README, in order. */
const readmeBlocks = [
  ...readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g),
].map((match) => match[1]!)
const readmeWorkflows = readmeBlocks.filter((text) => /^on:/m.test(text) && /^jobs:/m.test(text))

describe("the project's own workflows", () => {
  it('are CI, the dist/ check, release and dogfooding', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'dogfood.yml',
      'release.yml',
    ])
  })

  it.each(workflows.map((w) => [w.name, w.text]))('%s is a valid workflow', async (name, text) => {
    expect(await workflowErrors(name, text)).toEqual([])
  })

  it('test on Node 20 and 24, and dogfood the action from this repository', () => {
    const ci = parse(workflows.find((w) => w.name === 'ci.yml')!.text)
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24])
    const dogfood = workflows.find((w) => w.name === 'dogfood.yml')!.text
    expect(dogfood).toMatch(/uses: \.\/\n/)
    const release = parse(workflows.find((w) => w.name === 'release.yml')!.text)
    expect(JSON.stringify(release)).toContain('npm publish')
  })

  it('catch what they claim to: a misspelt key is an error', async () => {
    expect(
      await workflowErrors('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n'),
    ).toEqual([expect.stringContaining("Unexpected value 'stepz'")])
  })
})

describe('action.yml', () => {
  it('is valid for the runner', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
    const parsed = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])
  })
})

describe("the README's workflows", () => {
  it('every YAML block parses', () => {
    expect(readmeBlocks.length).toBeGreaterThan(4)
    for (const text of readmeBlocks) expect(() => parse(text)).not.toThrow()
  })

  it('the complete workflows are valid, and the main one runs in the merge queue', async () => {
    expect(readmeWorkflows.length).toBe(3)
    for (const text of readmeWorkflows) expect(await workflowErrors('README', text)).toEqual([])
    expect(Object.keys(parse(readmeWorkflows[0]!).on)).toEqual(['pull_request', 'merge_group'])
  })

  it('the fork pair matches: workflow_run names the first workflow, the artifact and report agree', () => {
    const [gate, comment] = readmeWorkflows.slice(1).map((text) => parse(text))
    expect(comment.on.workflow_run.workflows).toEqual([gate.name])
    const upload = gate.jobs.gate.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    )
    const download = comment.jobs.comment.steps.find((s: { uses?: string }) =>
      s.uses?.startsWith('actions/download-artifact@'),
    )
    expect(download.with.name).toBe(upload.with.name)
    const publish = comment.jobs.comment.steps.find(
      (s: { with?: { 'from-report'?: string } }) => s.with?.['from-report'],
    )
    // The action's report-file output is …/report.json; the artifact holds it at its root.
    expect(publish.with['from-report']).toBe('report.json')
    expect(gate.permissions).toEqual({ contents: 'read' })
  })

  it('use current majors of the actions they call (none on the deprecated Node 20)', () => {
    const uses = readmeBlocks.flatMap((text) => [...text.matchAll(/uses: ([\w./-]+)@(v\d+)/g)])
    const pinned = Object.fromEntries(uses.map((m) => [m[1], m[2]]))
    expect(pinned).toMatchObject({
      'actions/checkout': 'v6',
      'actions/upload-artifact': 'v7',
      'actions/download-artifact': 'v8',
      'aws-actions/configure-aws-credentials': 'v5',
    })
  })
})
