import type { SourceFile } from '../../discover/source-file.js'
import type { HclFile } from './hcl/ast.js'
import { parseJsonConfig, parseJsonTfvars } from './hcl/json-config.js'
import { parseHcl, type HclParser } from './hcl/parse.js'
import { isJsonConfig, isJsonTfvars, isModulesManifest, isTerraformFile } from './files.js'

/** The ReadCache kind of a parsed Terraform file: the reader and the parse pool share it. */
export const PARSED = 'hcl'

/** A file readTerraform parses (the modules manifest is JSON it reads itself). */
export function isParsedFile(file: SourceFile): boolean {
  return isTerraformFile(file) && !isModulesManifest(file.path)
}

/** One Terraform file as the evaluator reads it: HCL, JSON configuration or JSON tfvars. */
export function parseTerraformFile(parser: HclParser, file: SourceFile): HclFile {
  if (isJsonTfvars(file.path)) return parseJsonTfvars(file)
  if (isJsonConfig(file.path)) return parseJsonConfig(parser, file)
  return parseHcl(parser, file)
}
