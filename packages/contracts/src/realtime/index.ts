export * from './realtime.schemas.js';
