export * from './primitives.js';
export * from './page.js';
export * from './problem.js';
export * from './route.js';
