/** A body the test feeds by hand: the upload stays open until `finish`. */
export function slowBody(size: number) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const chunk = new Uint8Array(64 * 1024).fill(7);
  let sent = 0;
  const push = (bytes: number) => {
    while (bytes > 0 && sent < size) {
      const n = Math.min(chunk.byteLength, bytes, size - sent);
      controller.enqueue(chunk.slice(0, n));
      sent += n;
      bytes -= n;
    }
  };
  return {
    stream,
    push,
    finish: () => {
      push(size);
      controller.close();
    },
  };
}
