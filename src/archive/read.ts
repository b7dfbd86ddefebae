import { decodePart } from "./ndjson";
import { type ArchivePartRow, partKey } from "./parts";

/** A complete part's object, or an error naming it: a part's object is never deleted alone. */
async function partObject(bucket: R2Bucket, part: ArchivePartRow) {
  const object = await bucket.get(partKey(part));
  if (!object) throw new Error(`archive part ${part.id} has no object`);
  return object;
}

/** The parts' NDJSON, one after the other, each read from R2 only when the reader gets to it. */
export function partLines(bucket: R2Bucket, parts: ArchivePartRow[]): ReadableStream<Uint8Array> {
  let next = 0;
  let current: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        if (!current) {
          const part = parts[next++];
          if (!part) return controller.close();
          current = decodePart((await partObject(bucket, part)).body).getReader();
        }
        const { value, done } = await current.read();
        if (!done) return controller.enqueue(value);
        current = undefined;
      }
    },
    async cancel() {
      await current?.cancel();
    },
  });
}

/** Each part's rows as JSON texts, a part at a time, for a document that embeds them. */
export async function* partRows(bucket: R2Bucket, parts: ArchivePartRow[]) {
  for (const part of parts) {
    const text = await new Response(decodePart((await partObject(bucket, part)).body)).text();
    yield text.split("\n").filter((line) => line !== "");
  }
}
