import { createClock, createRecorder, type Operation, type Recorder } from '../bundle';
import type { Result } from '../util/result';
import type { CommandContext, CommandOutcome } from './context';

/**
 * Several people editing one log in turn (used by the demo and by tests): each
 * author has a recorder of their own, and every recorder sees every new op,
 * so clocks and `prev` links are right whoever acts next.
 */
export type Session = {
  /** Runs a command as `author`; throws with the command's message if it is refused. */
  run(author: string, command: (context: CommandContext) => Result<CommandOutcome>): string;
  readonly operations: readonly Operation[];
};

/** Starts a session over `operations`, with the given id source and clock. */
export function createSession(options: {
  readonly newId: (prefix: string) => string;
  readonly now: () => string;
  readonly operations?: readonly Operation[];
  /** Wall clock for the HLCs, in ms since 1970; defaults to Date.now. */
  readonly wallClock?: () => number;
}): Session {
  const log: Operation[] = [...(options.operations ?? [])];
  const recorders = new Map<string, Recorder>();
  const recorderFor = (author: string): Recorder => {
    let recorder = recorders.get(author);
    if (recorder === undefined) {
      recorder = createRecorder(createClock(author, options.wallClock), log);
      recorders.set(author, recorder);
    }
    return recorder;
  };
  return {
    run(author, command) {
      const outcome = command({
        operations: log,
        recorder: recorderFor(author),
        author,
        now: options.now,
        newId: options.newId,
      });
      if (!outcome.ok) throw new Error(outcome.error.message);
      log.push(...outcome.data.operations);
      for (const [name, recorder] of recorders) {
        if (name !== author) recorder.observe(outcome.data.operations);
      }
      return outcome.data.id;
    },
    get operations() {
      return log;
    },
  };
}
