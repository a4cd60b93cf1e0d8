import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

export interface UploadSpec {
  /** The form field that carries the file. */
  field: string;
  maxBytes: number;
}

/**
 * Registers upload routes inside their own encapsulated scope with the multipart parser,
 * so every other route keeps refusing multipart bodies (JSON only, see http-server).
 * One file, no other fields: anything else is a client bug or a probe.
 */
export function registerUploadScope(app: FastifyInstance, spec: UploadSpec, register: (scope: FastifyInstance) => void): void {
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: spec.maxBytes, files: 1, fields: 0 }, throwFileSizeLimit: true });
    register(scope);
  });
}

/**
 * Reads the one uploaded file of a multipart request into memory (bounded by `maxBytes`).
 * @throws multipart_required (415), upload_missing (400), upload_too_large (413)
 */
export async function readSingleUpload(request: FastifyRequest, spec: UploadSpec): Promise<Buffer> {
  return (await readSingleUploadFile(request, spec)).data;
}

/**
 * Like readSingleUpload, with the file name the client gave (untrusted: clean it before use).
 * @throws multipart_required (415), upload_missing (400), upload_too_large (413)
 */
export async function readSingleUploadFile(request: FastifyRequest, spec: UploadSpec): Promise<{ data: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError('multipart_required', 415);
  const part = await request.file().catch((error: unknown) => {
    throw mapUploadError(error, spec);
  });
  if (!part || part.fieldname !== spec.field) {
    // Drain the unread part so the connection is not left holding the rest of the body.
    part?.file.resume();
    throw new AppError('upload_missing', 400, { field: spec.field });
  }
  try {
    return { data: await part.toBuffer(), filename: part.filename };
  } catch (error) {
    throw mapUploadError(error, spec);
  }
}

function mapUploadError(error: unknown, spec: UploadSpec): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('upload_too_large', 413, { maxMb: Math.round(spec.maxBytes / (1024 * 1024)) });
  return error;
}
