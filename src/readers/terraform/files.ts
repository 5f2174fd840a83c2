import path from 'node:path/posix'
import type { SourceFile } from '../../discover/source-file.js'

// Which files are Terraform's, by name alone. Kept apart from the reader so a run
// without Terraform files can tell so without loading the reader (src/readers/terraform/load.ts).

/** `terraform.tfvars.json`, `*.auto.tfvars.json` and JSON var-files: variable values as JSON. */
export function isJsonTfvars(file: string): boolean {
  return file.endsWith('.tfvars.json')
}

/** Terraform's JSON configuration syntax: `main.tf.json`, `override.tf.json`. */
export function isJsonConfig(file: string): boolean {
  return file.endsWith('.tf.json')
}

/** `ROOT/.terraform/modules/modules.json`, which `terraform init` writes. */
export function isModulesManifest(file: string): boolean {
  return /(^|\/)\.terraform\/modules\/modules\.json$/.test(file)
}

export function isTerragruntFile(file: string): boolean {
  return path.basename(file) === 'terragrunt.hcl'
}

export function isTerraformFile(file: SourceFile): boolean {
  return (
    /\.(tf|tfvars)$/.test(file.path) ||
    isJsonConfig(file.path) ||
    isModulesManifest(file.path) ||
    isJsonTfvars(file.path) ||
    isTerragruntFile(file.path)
  )
}
