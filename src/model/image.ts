/** A container image reference, split the way registries read it. */
export interface ImageRef {
  /** `602401143452.dkr.ecr.us-west-2.amazonaws.com`, `registry.k8s.io`, `localhost:5000`; '' for Docker Hub. */
  readonly registry: string
  /** `eks/kube-proxy`, `autoscaling/cluster-autoscaler` */
  readonly repository: string
  /** The last path segment: `kube-proxy`. */
  readonly name: string
  readonly tag?: string
  readonly digest?: string
}

/**
 * Parses `registry[:port]/path/name[:tag][@sha256:…]`. The first segment is a
 * registry only when it looks like a host (a dot, a port, or localhost), as
 * Docker decides. Returns null for text that is not an image reference
 * (template placeholders included).
 */
export function parseImage(text: string): ImageRef | null {
  const value = text.trim()
  if (!value || /\s|\{\{|\$\{/.test(value)) return null
  const at = value.indexOf('@')
  const digest = at >= 0 ? value.slice(at + 1) : undefined
  const withoutDigest = at >= 0 ? value.slice(0, at) : value
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > slash
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest
  const segments = path.split('/')
  const first = segments[0]!
  const isRegistry =
    segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  const registry = isRegistry ? first : ''
  const repository = (isRegistry ? segments.slice(1) : segments).join('/')
  const name = segments[segments.length - 1]!
  if (
    !/^[a-z0-9][a-z0-9._/-]*$/i.test(repository) ||
    (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
  )
    return null
  return {
    registry,
    repository,
    name,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  }
}
