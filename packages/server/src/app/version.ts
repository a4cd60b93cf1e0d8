/** Hearth's version, shown by /api/health, the OpenAPI document and `hearth --version`. */
export const VERSION = '0.1.0';
