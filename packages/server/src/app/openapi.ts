import { allRoutes, Problem, type RouteContract } from '@hearth/contracts';
import { z } from 'zod';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Invalid input (each bad field in `errors`)',
  '401': 'Not signed in',
  '403': 'Not allowed',
  '404': 'Not found or not visible',
  '409': 'Conflict with the current state',
  '413': 'Body too large',
  '415': 'Unsupported content type',
  '422': 'Refused by a rule',
  '429': 'Rate-limited (see Retry-After)',
};

/** The OpenAPI 3.1 document, generated from the same contracts the server validates with. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const problem = jsonSchema(Problem, 'output');
  for (const [operationId, route] of Object.entries(allRoutes) as [string, RouteContract][]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      for (const [name, field] of Object.entries(schema.shape)) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
          schema: jsonSchema(field as z.ZodType, 'input'),
        });
      }
    }
    if (route.idempotent)
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } });
    const responses: Record<string, unknown> = {
      [route.status]: route.response
        ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
        : { description: 'Success', ...(route.produces ? { content: { [route.produces]: {} } } : {}) },
    };
    for (const [status, description] of Object.entries(ERROR_STATUSES)) {
      responses[status] = { description, content: { 'application/problem+json': { schema: problem } } };
    }
    const operation: Record<string, unknown> = {
      operationId,
      summary: route.summary,
      tags: [...route.tags],
      'x-hearth-access': route.access,
      parameters,
      responses,
      ...(route.access === 'public' ? {} : { security: [{ session: [] }] }),
    };
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
    } else if (route.multipart) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { [route.multipart.field]: { type: 'string', format: 'binary' } } },
          },
        },
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hearth API',
      version,
      description: 'Self-hosted community platform. Errors are RFC 9457 problem+json, localised by Accept-Language.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
    paths,
  };
}
