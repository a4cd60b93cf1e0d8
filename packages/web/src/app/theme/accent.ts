/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of a #rrggbb colour against white (the server refuses accents below 4.5). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * Makes the community's colour the accent. The server only accepts colours readable on
 * white, but the text on accent buttons is still chosen by contrast, to be safe.
 */
export function applyAccent(colour: string | null | undefined): void {
  if (!colour || !/^#[0-9a-fA-F]{6}$/.test(colour)) return;
  const style = document.documentElement.style;
  style.setProperty('--accent', colour);
  style.setProperty('--accent-fg', contrastWithWhite(colour) >= 4.5 ? '#ffffff' : '#1c1917');
}
