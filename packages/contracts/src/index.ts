export * from './common/index.js';
export * from './system/system.schemas.js';
export * from './system/system.routes.js';
export * from './identity/identity.schemas.js';
export * from './identity/identity.routes.js';
export * from './members/members.schemas.js';
export * from './members/members.routes.js';
export * from './mail/mail.schemas.js';
export * from './mail/mail.routes.js';

import { identityRoutes } from './identity/identity.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { memberRoutes } from './members/members.routes.js';
import { systemRoutes } from './system/system.routes.js';

/** Every HTTP route of the API, for the OpenAPI document and the authorisation-matrix test. */
export const allRoutes = { ...systemRoutes, ...identityRoutes, ...memberRoutes, ...mailRoutes } as const;
