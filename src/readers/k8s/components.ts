import { policy, resolved, unresolved, unspecified } from '../../model/declared.js'
import { parseImage } from '../../model/image.js'
import type { Component } from '../../model/inventory.js'
import type { SourceRef } from '../../model/source.js'
import { componentForChart, componentForImage } from '../../model/components.js'

/** A component from an image reference at `at`, or undefined for images we do not track. */
export function componentFromImage(text: string, at: SourceRef): Component | undefined {
  const image = parseImage(text)
  if (!image) return undefined
  const name = componentForImage(image.repository)
  if (!name) return undefined
  const version = image.tag
    ? resolved(image.tag, at)
    : image.digest
      ? unresolved<string>(at, text, 'pinned by digest only: the version is not in the reference')
      : unspecified<string>(at, 'no tag: the registry serves "latest"')
  return { name, at, image: text, version }
}

/** A component from a Helm chart: its app version when known, never its chart version (except Karpenter, where they are one). */
export function componentFromChart(
  chart: string,
  chartVersion: string | undefined,
  appVersion: string | undefined,
  at: SourceRef,
  versionAt?: SourceRef,
): Component | undefined {
  const name = componentForChart(chart)
  if (!name) return undefined
  if (appVersion) return { name, at, chart, version: resolved(appVersion, versionAt ?? at) }
  if (name === 'karpenter' && chartVersion)
    return {
      name,
      at,
      chart,
      version: {
        ...resolved(chartVersion, versionAt ?? at),
        note: 'Karpenter charts share the app version',
      },
    }
  if (chartVersion === undefined)
    return {
      name,
      at,
      chart,
      version: policy('latest', at, 'no chart version: the newest chart is installed'),
    }
  return {
    name,
    at,
    chart,
    version: unspecified(
      versionAt ?? at,
      `chart version ${chartVersion} does not say which ${name} version it installs; set image.tag to check it`,
    ),
  }
}
