import { fuzzRoutes } from './fuzz-routes.js';

/** The second half of the route fuzzing (see fuzz-routes.ts). */
fuzzRoutes(1, 2);
