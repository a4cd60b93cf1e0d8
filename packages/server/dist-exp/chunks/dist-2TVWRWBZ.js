import { createRequire as __hearthCreateRequire } from 'node:module';
const require = __hearthCreateRequire(import.meta.url);import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path';
import {
  init_dist,
  parseCookie,
  parseSetCookie,
  stringifyCookie,
  stringifySetCookie
} from "./chunk-TSVSIIIQ.js";
init_dist();
export {
  parseCookie,
  parseSetCookie,
  stringifyCookie,
  stringifySetCookie
};
