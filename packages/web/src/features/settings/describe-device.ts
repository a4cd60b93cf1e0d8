export interface DeviceDescription {
  browser: string | null;
  os: string | null;
  kind: 'phone' | 'tablet' | 'computer';
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPad/, 'iPadOS'],
  [/iPhone|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * A readable guess at a signed-in device from its User-Agent ("Chrome", "macOS"); only
 * for recognising one's own devices, so a rough answer is enough and unknowns stay null.
 */
export function describeDevice(userAgent: string | null): DeviceDescription {
  const agent = userAgent ?? '';
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
  const os = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
  const kind = /iPad|Tablet/.test(agent) ? 'tablet' : /Mobi|iPhone|Android/.test(agent) ? 'phone' : 'computer';
  return { browser, os, kind };
}
