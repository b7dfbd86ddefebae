/** What `fetch` sends as it is: bytes, a stream, a form. */
const isSentAsIs = (body: unknown): body is BodyInit =>
  body instanceof Blob ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body) ||
  body instanceof ReadableStream ||
  body instanceof FormData ||
  body instanceof URLSearchParams;

function contentTypeOf(headers: HeadersInit | undefined): string | null {
  if (!headers) return null;
  return new Headers(headers).get("Content-Type");
}

const isJson = (type: string) => /^application\/([\w.-]+\+)?json\b/i.test(type.trim());

/**
 * How the client sends a request body, by the type the document gives it: bytes (`Blob`,
 * `ArrayBuffer`, a typed array, a stream) as they are, a form with a file in it (`{ file: Blob }`)
 * as `multipart/form-data`, text under a `Content-Type` other than JSON as the text itself, and
 * anything else as JSON. openapi-fetch's own serializer makes JSON of everything, so bytes
 * would be sent as `{}` and text with quotes around it.
 */
export function serializeBody(body: unknown, headers?: HeadersInit): BodyInit {
  if (isSentAsIs(body)) return body;
  const type = contentTypeOf(headers);
  if (typeof body === "string" && type !== null && !isJson(type)) return body;
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    const fields = Object.entries(body);
    const isForm =
      type?.toLowerCase().startsWith("multipart/form-data") ||
      fields.some(([, value]) => value instanceof Blob);
    if (isForm) {
      const form = new FormData();
      for (const [name, value] of fields) {
        if (value instanceof Blob) form.append(name, value);
        else if (value !== undefined) form.append(name, String(value));
      }
      return form;
    }
  }
  return JSON.stringify(body);
}
