export interface SseFrame {
  id?: string;
  event: string;
  data: unknown;
}

/** Reads server-sent event frames from a stream, the way EventSource parses them. */
export async function* readSse(stream: ReadableStream<Uint8Array>): AsyncGenerator<SseFrame> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      let boundary = buffer.indexOf("\n\n");
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf("\n\n");
        const frame: Partial<SseFrame> & { dataLines: string[] } = { dataLines: [] };
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) {
            frame.id = line.slice(4);
          } else if (line.startsWith("event: ")) {
            frame.event = line.slice(7);
          } else if (line.startsWith("data: ")) {
            frame.dataLines.push(line.slice(6));
          }
        }
        if (frame.event) {
          yield { id: frame.id, event: frame.event, data: JSON.parse(frame.dataLines.join("\n")) };
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** Collects frames until `until` says stop (inclusive) or the time runs out. */
export async function collectSse(
  frames: AsyncGenerator<SseFrame>,
  until: (frame: SseFrame, all: SseFrame[]) => boolean,
  timeoutMs = 15_000,
): Promise<SseFrame[]> {
  const all: SseFrame[] = [];
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`SSE condition not met in ${timeoutMs} ms`)),
      timeoutMs,
    ).unref(),
  );
  // next() rather than for-await: leaving a for-await loop would close the generator, and the
  // caller reads the same stream again afterwards.
  const read = (async () => {
    for (;;) {
      const { value, done } = await frames.next();
      if (done) {
        return all;
      }
      all.push(value);
      if (until(value, all)) {
        return all;
      }
    }
  })();
  return Promise.race([read, timeout]);
}
