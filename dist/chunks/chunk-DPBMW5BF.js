import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/version.ts
var KUBE_VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.-]*)?$/;
function parseKubeVersion(text) {
  const match = KUBE_VERSION.exec(text.trim());
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor)) return null;
  return { major, minor };
}
function formatKubeVersion(version) {
  return `${version.major}.${version.minor}`;
}
function compareKubeVersions(a, b) {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
function minorDistance(from, to) {
  if (from.major !== to.major) return to.major > from.major ? Infinity : -Infinity;
  return to.minor - from.minor;
}
function addMinors(version, minors) {
  return { major: version.major, minor: version.minor + minors };
}

// src/model/addon-version.ts
var ADDON_VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?([-+].*)?$/;
function parseAddonVersion(text) {
  const match = ADDON_VERSION.exec(text.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
    suffix: match[4] ?? "",
    raw: text.trim()
  };
}
function compareAddonVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function formatMinor(version) {
  return `${version.major}.${version.minor}`;
}

export {
  parseKubeVersion,
  formatKubeVersion,
  compareKubeVersions,
  minorDistance,
  addMinors,
  parseAddonVersion,
  compareAddonVersions,
  formatMinor
};
