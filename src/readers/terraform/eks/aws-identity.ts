import { isAwsRegion } from '../../../model/identity.js'
import type { Block } from '../hcl/ast.js'
import type { ModuleInstance } from '../hcl/module-instance.js'
import { asString, type Value } from '../hcl/value.js'
import type { Site } from './site.js'

/** Where an EKS cluster lives, beyond its name, as far as the configuration says. */
export interface AwsIdentity {
  readonly region?: string
  readonly account?: string
}

const ACCOUNT = /^\d{12}$/

/**
 * The region and account a cluster resource or module call is created in: the
 * resource's own `region` (AWS provider 6), else the `aws` provider configuration
 * it uses, followed through `providers = { aws = aws.west }` of each module call
 * above it. The account is the provider's single `allowed_account_ids` entry or
 * its `assume_role` role's account. What is not a literal fact is left out.
 */
export function awsIdentity(site: Site): AwsIdentity {
  const own = site.block
  const ownRegion = own.body.attributes.get('region')
  const region = ownRegion
    ? regionOf(site.instance.evaluateIn(site.expansion, ownRegion.expression))
    : undefined
  // A module call (terraform-aws-modules/eks read from what the gate knows of it)
  // passes its providers on; a resource names its configuration with `provider`.
  const provider =
    own.type === 'module'
      ? passedProvider(site.instance, own, 'aws')
      : providerConfig(
          site.instance,
          own.body.attributes.get('provider')?.expression.text.trim() ?? 'aws',
        )
  const fromProvider = provider ? providerIdentity(provider) : {}
  const chosen = region ?? fromProvider.region
  return {
    ...(chosen && { region: chosen }),
    ...(fromProvider.account && { account: fromProvider.account }),
  }
}

type Configured = { readonly instance: ModuleInstance; readonly block: Block }

/** `aws` or `aws.west` as a module instance sees it: its own block, else what its caller passes. */
function providerConfig(
  instance: ModuleInstance,
  reference: string,
  depth = 0,
): Configured | undefined {
  const block = instance.directory.providers.get(reference)
  if (block) return { instance, block }
  if (!instance.caller || depth > 16) return undefined
  return passedProvider(instance.caller.instance, instance.caller.call, reference, depth + 1)
}

/** The configuration a module call gives its module for `reference`: `providers = { … }`, else the caller's default. */
function passedProvider(
  caller: ModuleInstance,
  call: Block,
  reference: string,
  depth = 0,
): Configured | undefined {
  const map = call.body.attributes.get('providers')?.expression
  const entry =
    map?.kind === 'object'
      ? map.entries.find((e) => (typeof e.key === 'string' ? e.key : e.key.text) === reference)
      : undefined
  if (entry) return providerConfig(caller, entry.value.text.trim(), depth)
  // Only default configurations are inherited implicitly; an aliased one must be passed.
  return reference.includes('.') ? undefined : providerConfig(caller, reference, depth)
}

function providerIdentity({ instance, block }: Configured): AwsIdentity {
  const expansion = instance.expand(block)[0]
  if (!expansion) return {}
  const value = (name: string, from: Block = block): Value | undefined => {
    const attribute = from.body.attributes.get(name)
    return attribute ? instance.evaluateIn(expansion, attribute.expression) : undefined
  }
  const region = regionOf(value('region'))
  const allowed = value('allowed_account_ids')
  const allowedOne =
    allowed?.type === 'list' && allowed.items.length === 1 ? asString(allowed.items[0]!) : null
  const assumed = block.body.blocks.find((b) => b.type === 'assume_role')
  const role = assumed ? value('role_arn', assumed) : undefined
  const roleAccount = role
    ? /^arn:aws[\w-]*:iam::(\d{12}):/.exec(asString(role) ?? '')?.[1]
    : undefined
  const account = allowedOne && ACCOUNT.test(allowedOne) ? allowedOne : roleAccount
  return { ...(region && { region }), ...(account && { account }) }
}

function regionOf(value: Value | undefined): string | undefined {
  const text = value ? asString(value) : null
  return text && isAwsRegion(text) ? text : undefined
}
