/**
 * The one HTTP client of the app and the only place that calls `fetch`. It prefixes the configured
 * API URL, adds a fresh Keycloak access token, turns RFC 9457 problem+json bodies into an
 * `ApiError` with a readable message, and sends the user to the login page on 401.
 */
import { getAppConfig } from '@/config/app-config';
import { currentLanguage } from '@/lib/i18n/i18n';
import type { FieldError, Problem } from '@/types/api';

import { saveFile } from './save-file';

/** How the client gets a token and reacts to an expired session; bound by the auth layer at start. */
export type ApiAuth = {
  /** A valid access token (refreshed when it expires within 30 s). */
  getAccessToken: () => Promise<string>;
  /** Called on a 401: the session is gone, so start a new login. */
  onUnauthorized: () => void;
};

let auth: ApiAuth | null = null;

/** Connects the client to the signed-in session; returns a function that disconnects it. */
export function bindApiAuth(next: ApiAuth): () => void {
  auth = next;
  return () => {
    if (auth === next) {
      auth = null;
    }
  };
}

/** A failed API call. `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  /** The problem's `title`, a short summary from the server (in the requested language). */
  readonly title?: string;
  /** The problem's `detail`, what went wrong in this request. */
  readonly detail?: string;
  /** The problem's `type` URI, e.g. `/problems/validation`. */
  readonly type?: string;
  /** Field errors of a validation problem. */
  readonly fieldErrors: FieldError[];
  /** The request id the server gave the problem (also in its log line): what support asks for. */
  readonly requestId?: string;

  constructor(status: number, problem: Partial<Problem> = {}, cause?: unknown) {
    const fieldErrors = (problem.errors ?? []).filter((e) => e.field || e.message);
    super(describe(status, problem, fieldErrors), { cause });
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title || undefined;
    this.detail = problem.detail || undefined;
    this.type = problem.type || undefined;
    this.fieldErrors = fieldErrors;
    this.requestId = problem.requestId || undefined;
  }
}

function describe(status: number, problem: Partial<Problem>, fieldErrors: FieldError[]): string {
  const parts: string[] = [];
  const summary = problem.title || (status === 0 ? 'Network error' : `HTTP ${status}`);
  parts.push(problem.detail && problem.detail !== summary ? `${summary}: ${problem.detail}` : summary);
  if (fieldErrors.length > 0) {
    parts.push(fieldErrors.map((e) => (e.field ? `${e.field}: ${e.message ?? ''}` : (e.message ?? ''))).join('; '));
  }
  return parts.join(' — ');
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  params?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** `text` reads the answer as text (HTML previews); the default parses JSON. */
  responseType?: 'json' | 'text';
};

function buildUrl(path: string, params?: QueryParams): string {
  const url = new URL(getAppConfig().apiUrl + (path.startsWith('/') ? path : `/${path}`));
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}

function isProblemLike(value: unknown): value is Partial<Problem> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblemLike(body)) {
        return new ApiError(response.status, body);
      }
    } catch {
      // A broken error body: fall through to the status alone.
    }
  }
  return new ApiError(response.status);
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: options.responseType === 'text' ? 'text/html, text/plain, application/problem+json' : 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (auth) {
    // Throws (and starts a login) when the session cannot be refreshed.
    headers.Authorization = `Bearer ${await auth.getAccessToken()}`;
  }
  let body: string | FormData | undefined;
  if (options.body instanceof FormData) {
    // multipart uploads (imports): the browser sets the boundary in Content-Type itself
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), { method, headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, {}, error);
  }

  if (response.status === 401) {
    auth?.onUnauthorized();
    throw await readError(response);
  }
  if (!response.ok) {
    throw await readError(response);
  }
  if (response.status === 204 || response.headers.get('content-length') === '0') {
    return undefined as T;
  }
  if (options.responseType === 'text') {
    return (await response.text()) as T;
  }
  return (await response.json()) as T;
}

/**
 * Downloads a file the API streams (exports, templates, error workbooks) with the same token and
 * error handling as every other call, and hands it to the browser as a download.
 */
async function download(path: string, params?: QueryParams, accept?: string): Promise<void> {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
  if (accept) {
    headers.Accept = accept;
  }
  if (auth) {
    headers.Authorization = `Bearer ${await auth.getAccessToken()}`;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), { headers });
  } catch (error) {
    throw new ApiError(0, {}, error);
  }
  if (response.status === 401) {
    auth?.onUnauthorized();
  }
  if (!response.ok) {
    throw await readError(response);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const filename = encoded ? decodeURIComponent(encoded) : (plain ?? 'download');
  saveFile(filename, await response.blob());
}

export type UploadOptions = {
  /** Called with 0–100 while the body is sent (whole percents). */
  onProgress?: (percent: number) => void;
  /** The name the file is sent under (defaults to the File's own name). */
  fileName?: string;
  /** The multipart field name (default `file`). */
  field?: string;
  params?: QueryParams;
  signal?: AbortSignal;
};

/**
 * A multipart/form-data POST of one file with upload progress (XMLHttpRequest: fetch cannot report
 * it), with the same token, Accept-Language, 401 and problem+json handling as every other call.
 */
async function upload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  const token = auth ? await auth.getAccessToken() : undefined;
  const form = new FormData();
  const name = options.fileName ?? (file instanceof File ? file.name : 'upload');
  form.append(options.field ?? 'file', file, name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.params));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (token) {
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(100, Math.round((event.loaded * 100) / event.total)));
      }
    };
    const parse = (): unknown => {
      try {
        return xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        return undefined;
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(100);
        resolve(parse() as T);
        return;
      }
      if (xhr.status === 401) {
        auth?.onUnauthorized();
      }
      const contentType = xhr.getResponseHeader('content-type') ?? '';
      const body = contentType.includes('json') ? parse() : undefined;
      reject(new ApiError(xhr.status, isProblemLike(body) ? body : {}));
    };
    xhr.onerror = () => reject(new ApiError(0, {}, new Error('Network error')));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

export const api = {
  download,
  upload,
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  /** A GET whose answer is text (an HTML preview), with the same token and error handling. */
  getText: (path: string, options?: Omit<RequestOptions, 'body' | 'responseType'>) =>
    request<string>('GET', path, { ...options, responseType: 'text' }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  /** A multipart/form-data POST (file uploads), with the same token and error handling. */
  postForm: <T>(path: string, form: FormData, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body: form }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
