import type { SourceRef } from '../../../model/source.js'
import type { Attribute, Body, Expr } from '../hcl/ast.js'
import type { Value } from '../hcl/value.js'
import type { Site } from './site.js'

/** Resources whose `image_id` is the AMI that node instances boot. */
const TEMPLATE_TYPES = new Set(['aws_launch_template', 'aws_launch_configuration'])

export interface TemplateImage {
  readonly value: Value
  readonly at: SourceRef
}

// Where a node group or autoscaling group names its template: `launch_template
// { id }`, a mixed instances policy's `launch_template_specification`, either of
// them as a `dynamic` block's `content`, or a launch configuration.
const TEMPLATE_BLOCKS = new Set([
  'launch_template',
  'mixed_instances_policy',
  'launch_template_specification',
])
const TEMPLATE_REFS = ['id', 'name', 'launch_template_id', 'launch_template_name']

/**
 * The image a node group's (`aws_eks_node_group`, `aws_autoscaling_group`)
 * launch template or configuration sets, if it sets one and can be followed.
 */
export function nodeImage(site: Site): TemplateImage | undefined {
  const configuration = site.block.body.attributes.get('launch_configuration')
  if (configuration) return referencedImage(site, configuration)
  for (const ref of templateRefs(site.block.body)) {
    const image = referencedImage(site, ref)
    if (image) return image
  }
  return undefined
}

function* templateRefs(body: Body): Generator<Attribute> {
  for (const block of body.blocks) {
    const type = block.type === 'dynamic' ? block.labels[0] : block.type
    if (!type || !TEMPLATE_BLOCKS.has(type)) continue
    const content =
      block.type === 'dynamic'
        ? block.body.blocks.find((b) => b.type === 'content')?.body
        : block.body
    if (!content) continue
    for (const name of TEMPLATE_REFS) {
      const ref = content.attributes.get(name)
      if (ref) yield ref
    }
    yield* templateRefs(content)
  }
}

/**
 * The `image_id` of the launch template or configuration `ref` points at,
 * evaluated as that resource's own instance. Undefined when the template sets no image (EKS then picks its AMI).
 */
function referencedImage(site: Site, ref: Attribute): TemplateImage | undefined {
  const target = templateTarget(site, ref.expression)
  if (!target) return undefined
  const image = site.instance.resourceAttribute(
    target.type,
    target.name,
    target.key,
    'image_id',
    ref.at,
  )
  // No image_id (left to the provider), or "" (its zero value, as modules default
  // it): EKS picks the AMI.
  const none =
    (image.type === 'unknown' &&
      image.data?.type === target.type &&
      image.data.attribute === 'image_id') ||
    (image.type === 'string' && image.value === '')
  return none ? undefined : { value: image, at: image.origin.at }
}

interface Target {
  readonly type: string
  readonly name: string
  readonly key: string | number | undefined
}

function templateTarget(site: Site, expr: Expr): Target | undefined {
  const evaluated = site.instance.evaluateIn(site.expansion, expr)
  const data = evaluated.type === 'unknown' ? evaluated.data : undefined
  // `aws_launch_template.this[0].id`, through locals, or v17's splat
  // `aws_launch_template.x.*.id[count.index]`: each is an unknown naming its instance.
  return data && TEMPLATE_TYPES.has(data.type)
    ? { type: data.type, name: data.name, key: data.key }
    : undefined
}
