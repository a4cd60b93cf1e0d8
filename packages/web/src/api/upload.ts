import type { RouteContract, RouteParams, RouteResponse } from '@hearth/contracts';
import type { z } from 'zod';
import { baseHeaders, buildPath, send } from './client';

/** A route that takes a `multipart/form-data` upload (its contract names the field and the size limit). */
export type UploadRoute = RouteContract & { multipart: { field: string; maxBytes: number } };

type UploadParams<R extends UploadRoute> = R['params'] extends z.ZodType ? { params: RouteParams<R> } : { params?: never };

export type UploadOptions<R extends UploadRoute> = UploadParams<R> & { signal?: AbortSignal };

/**
 * Uploads one file to a multipart route, in the field its contract names. The browser sets
 * the multipart content type (with its boundary) itself. Resolves with the typed response;
 * rejects with ApiError (e.g. upload_too_large, upload_not_image) like `call()`.
 */
export async function upload<R extends UploadRoute>(route: R, file: Blob, options?: UploadOptions<R>): Promise<RouteResponse<R>> {
  const form = new FormData();
  form.append(route.multipart.field, file);
  const init: RequestInit = { headers: baseHeaders(), body: form };
  if (options?.signal) init.signal = options.signal;
  return send(route, buildPath(route.path, options?.params as Record<string, unknown> | undefined), init);
}
