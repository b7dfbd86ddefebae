import { toBase64Url } from "../lib/base64";

// Request headers that change what a request does, besides its method, path and body.
const COMPARED_HEADERS = ["content-type", "x-filename"];

const encoded = (digest: ArrayBuffer) => toBase64Url(new Uint8Array(digest));

/** What makes two requests "the same" before their bodies: method, path with query, headers. */
export async function requestHash(request: Request) {
  const url = new URL(request.url);
  const headers = COMPARED_HEADERS.map((name) => request.headers.get(name) ?? "");
  const head = JSON.stringify([request.method, `${url.pathname}${url.search}`, ...headers]);
  return encoded(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(head)));
}

/** The SHA-256 of a body, read as a stream: an upload of any size is never held in memory. */
export async function bodyHash(body: ReadableStream<Uint8Array> | null) {
  const digest = new crypto.DigestStream("SHA-256");
  if (body) await body.pipeTo(digest);
  else await digest.getWriter().close();
  return encoded(await digest.digest);
}

/**
 * The request with its body hashed on the way to the route, chunk by chunk as the route reads it,
 * so nothing is buffered here and the route's own limits still apply. `hash()` reads to the end
 * whatever the route left unread; it is null when the route stopped reading part-way, since what
 * it answered is then not a function of the whole body.
 */
export function hashingRequest(request: Request) {
  const source = request.body;
  if (!source) return { request, hash: () => bodyHash(null) };
  const digest = new crypto.DigestStream("SHA-256");
  const writer = digest.getWriter();
  let complete = false;
  const body = source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      async transform(chunk, controller) {
        await writer.write(chunk);
        controller.enqueue(chunk);
      },
      async flush() {
        await writer.close();
        complete = true;
      },
    }),
  );
  const hashed = new Request(request, { body });
  return {
    request: hashed,
    async hash(): Promise<string | null> {
      if (!complete && hashed.body && !hashed.bodyUsed && !hashed.body.locked) {
        await hashed.body.pipeTo(new WritableStream());
      }
      return complete ? encoded(await digest.digest) : null;
    },
  };
}
