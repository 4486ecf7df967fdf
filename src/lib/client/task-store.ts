import { isActiveStatus, isNewerTask } from "./task-status";
import type { Task, TaskEvent } from "./types";

export type ConnectionState = "connecting" | "open" | "reconnecting";

export interface TaskStoreSnapshot {
  tasks: ReadonlyMap<string, Task>;
  connection: ConnectionState;
}

/** One accepted change to a task: what it was before, and the timeline event when there is one. */
export interface TaskChange {
  task: Task;
  previous: Task | undefined;
  event: TaskEvent | undefined;
}

type Listener = () => void;
type ChangeListener = (change: TaskChange) => void;

/**
 * The browser's view of the server's tasks, fed by the live stream and by API answers. It is an
 * external store (useSyncExternalStore) so every component reads the same map without re-render
 * storms through context, and so change listeners (refetch, notifications) see each transition.
 */
export class TaskStore {
  #snapshot: TaskStoreSnapshot = { tasks: new Map(), connection: "connecting" };
  readonly #listeners = new Set<Listener>();
  readonly #changeListeners = new Set<ChangeListener>();

  getSnapshot = (): TaskStoreSnapshot => this.#snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  onChange(listener: ChangeListener): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  setConnection(connection: ConnectionState): void {
    if (connection !== this.#snapshot.connection) {
      this.#publish({ ...this.#snapshot, connection });
    }
  }

  /** The server's active list is authoritative for what is still running. */
  applySnapshot(active: Task[]): void {
    const tasks = new Map(this.#snapshot.tasks);
    const incomingIds = new Set(active.map((task) => task.id));
    for (const [id, task] of tasks) {
      if (isActiveStatus(task.status) && !incomingIds.has(id)) {
        tasks.delete(id);
      }
    }
    const changes = active.flatMap((task) => this.#accept(tasks, task, undefined));
    this.#publish({ ...this.#snapshot, tasks }, changes);
  }

  upsert(task: Task, event?: TaskEvent): void {
    this.merge([task], event);
  }

  merge(incoming: Task[], event?: TaskEvent): void {
    const tasks = new Map(this.#snapshot.tasks);
    const changes = incoming.flatMap((task) => this.#accept(tasks, task, event));
    if (changes.length > 0) {
      this.#publish({ ...this.#snapshot, tasks }, changes);
    }
  }

  /** Forget a show's tasks (after it was deleted). */
  dropShow(showId: string): void {
    const tasks = new Map([...this.#snapshot.tasks].filter(([, task]) => task.showId !== showId));
    this.#publish({ ...this.#snapshot, tasks });
  }

  #accept(tasks: Map<string, Task>, task: Task, event: TaskEvent | undefined): TaskChange[] {
    const previous = tasks.get(task.id);
    if (!isNewerTask(task, previous)) {
      return [];
    }
    tasks.set(task.id, task);
    return [{ task, previous, event }];
  }

  #publish(snapshot: TaskStoreSnapshot, changes: TaskChange[] = []): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) {
      listener();
    }
    for (const change of changes) {
      for (const listener of this.#changeListeners) {
        listener(change);
      }
    }
  }
}
