import createClient, { type Middleware } from 'openapi-fetch';
import { session } from '@/features/auth/session';
import { ApiError } from './errors';
import type { paths } from './schema';

/** The typed client, generated from /docs-json (`npm run api:generate`). */
export const api = createClient<paths>({ baseUrl: '' });

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A token that stopped working: back to the login page, and back here after it.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/api/auth/login')) session.expire();
    return response;
  },
};
api.use(auth);

/** Unwraps openapi-fetch's answer: the body on success, an ApiError otherwise. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw ApiError.network();
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response.status, result.error);
  return result.data as T;
}

/** For downloads (ledgers as CSV/XLSX): fetches with the token, saves under the server's name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${session.token() ?? ''}` } });
  } catch {
    throw ApiError.network();
  }
  if (response.status === 401) session.expire();
  if (!response.ok) throw ApiError.fromResponse(response.status, await response.json().catch(() => null));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = filenameOf(disposition);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ?? fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The file name a Content-Disposition header gives: RFC 6266's `filename*` first, else `filename`. */
export function filenameOf(disposition: string): string | null {
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/**
 * Uploads one file as the multipart field `file` (XMLHttpRequest, for its upload progress,
 * which fetch does not give): the parsed answer, or an ApiError.
 */
export function uploadFile<T>(path: string, file: Blob & { name?: string }, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = session.token();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 401) session.expire();
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else reject(ApiError.fromResponse(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new DOMException('the upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
