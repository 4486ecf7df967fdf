import { EventEmitter } from "node:events";
import type { TaskBus, TaskBusListener, TaskBusMessage } from "./task-bus";

export function createInProcessBus(): TaskBus {
  const emitter = new EventEmitter();
  // Every open SSE stream subscribes; the default limit of 10 would warn with a few tabs open.
  emitter.setMaxListeners(0);
  return {
    publish(message: TaskBusMessage) {
      emitter.emit("message", message);
    },
    subscribe(listener: TaskBusListener) {
      emitter.on("message", listener);
      return () => emitter.off("message", listener);
    },
    // Nothing between publisher and subscriber can drop a message in one process.
    onReconnect() {
      return () => {};
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
