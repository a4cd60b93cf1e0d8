import { fuzzRoutes } from './fuzz-routes.js';

/** The first half of the route fuzzing (see fuzz-routes.ts). */
fuzzRoutes(0, 2);
