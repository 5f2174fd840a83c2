// Karpenter's own machine-readable compatibility matrix (aws/karpenter-provider-aws
// hack/docs/compatibilitymatrix_gen/compatibility.yaml) as rows of release and
// the Kubernetes minors it supports.
import { parse } from 'yaml'

export function parseKarpenterCompatibility(text) {
  const rows = new Map()
  // failsafe: every scalar a string, so 1.30 stays "1.30" (a YAML float would be 1.3).
  for (const entry of parse(text, { schema: 'failsafe' }).compatibility ?? []) {
    const release = String(entry.appVersion).replace(/\.x$/, '')
    rows.set(release, {
      release,
      minKubernetes: String(entry.minK8sVersion),
      maxKubernetes: String(entry.maxK8sVersion),
    })
  }
  const minor = (text) => text.split('.').map(Number)
  const matrix = [...rows.values()].sort((a, b) => {
    const [x, y] = [minor(a.release), minor(b.release)]
    return x[0] - y[0] || x[1] - y[1]
  })
  return matrix
}

export const isKarpenterCompatibility = (text) =>
  /^compatibility:/m.test(text) && /appVersion:/.test(text) && /minK8sVersion:/.test(text)
