import type { GateConfig } from './config/schema.js'
import { collectTrees, type BaseSource } from './discover/collect.js'
import { runEngine } from './engine.js'
import type { Knowledge } from './knowledge/index.js'
import { buildReport, type Report } from './report/report.js'
import { loadHclParser } from './readers/terraform/hcl-loader.js'
import { isTerraformFile } from './readers/terraform/index.js'

export interface CheckOptions {
  readonly root: string
  readonly prefix: string
  readonly base?: BaseSource
  readonly config: GateConfig
  readonly knowledge: Knowledge
  /** ISO date (YYYY-MM-DD) the rules evaluate support windows against. */
  readonly today: string
}

/** One full check, shared by the CLI and the action: collect, run the pure engine, build the report. */
export async function runCheck(options: CheckOptions): Promise<Report> {
  const trees = collectTrees({
    root: options.root,
    prefix: options.prefix,
    filter: { include: options.config.include, exclude: options.config.exclude },
    ...(options.base && { base: options.base }),
  })
  const needsHcl = [trees.head, trees.base].some((tree) => tree?.files.some(isTerraformFile))
  const hcl = needsHcl ? await loadHclParser() : undefined
  const result = runEngine({
    ...(hcl && { hcl }),
    ...trees,
    config: options.config,
    knowledge: options.knowledge,
    today: options.today,
  })
  return buildReport(result, options.config, options.knowledge)
}
