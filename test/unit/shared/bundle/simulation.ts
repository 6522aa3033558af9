import fc from 'fast-check';
import {
  createClock,
  mergeOperations,
  OperationError,
  createRecorder,
  type Operation,
  type Recorder,
} from '../../../../shared/bundle';

/**
 * A small team simulator for property tests: replicas edit offline with
 * their own (skewed) clocks and now and then sync one another's logs, as
 * inspectors exchanging bundle files would. Logs it yields are honest
 * recorder output, not hand-made ops.
 */

/** Node names, including the awkward ones real inspectors' devices will have. */
export const NODES = ['Jane Smith (laptop)', 'Ø. O’Brien', 'a-b~c', 'x', '名前', 'tab\there'];

/** One step of the simulation. */
export type Action =
  | { kind: 'edit'; replica: number; entity: string; id: string; field: string; value: unknown }
  | {
      kind: 'create';
      replica: number;
      entity: string;
      id: string;
      fields: Record<string, unknown>;
    }
  | { kind: 'delete'; replica: number; entity: string; id: string }
  | { kind: 'restore'; replica: number; pick: number }
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'wait'; ms: number };

/** Few distinct values, so equal and clashing edits are common. */
export const smallValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(0, 1, 'a', 'b', true, null),
  fc.jsonValue({ maxDepth: 2 }),
);

const entity = fc.constantFrom('evidence', 'judgement');
const id = fc.constantFrom('e1', 'e2', 'e3');
const field = fc.constantFrom('grade', 'note', 'area');

/** An arbitrary action for `replicas` replicas. */
export function actionArb(replicas: number): fc.Arbitrary<Action> {
  const replica = fc.nat({ max: replicas - 1 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        replica,
        entity,
        id,
        field,
        value: smallValue,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('create' as const),
        replica,
        entity,
        id,
        fields: fc.dictionary(field, smallValue, { maxKeys: 3 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete' as const), replica, entity, id }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('restore' as const), replica, pick: fc.nat() }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        ms: fc.integer({ min: 0, max: 5 }),
      }),
    },
  );
}

/** A whole scenario: how many replicas, their clock skews and the actions. */
export type Scenario = { skews: number[]; actions: Action[] };

/** Scenarios with 2–4 replicas whose clocks differ by up to ±3 ms (so counters and skew matter). */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .integer({ min: 2, max: 4 })
  .chain((replicas) =>
    fc.record({
      skews: fc.array(fc.integer({ min: -3, max: 3 }), {
        minLength: replicas,
        maxLength: replicas,
      }),
      actions: fc.array(actionArb(replicas), { minLength: 10, maxLength: 80 }),
    }),
  );

type Replica = { log: Operation[]; recorder: Recorder };

function ignoreRefusals(run: () => void): void {
  try {
    run();
  } catch (error) {
    // Edits of deleted entities and re-creations are refused by design; a
    // user would see the message. Anything else is a real failure.
    if (!(error instanceof OperationError)) throw error;
  }
}

/** Runs a scenario and returns each replica's final log. */
export function simulate({ skews, actions }: Scenario): Operation[][] {
  let time = 1_700_000_000_000;
  const replicas: Replica[] = skews.map((skew, index) => ({
    log: [],
    recorder: createRecorder(createClock(NODES[index] ?? `node ${index}`, () => time + skew)),
  }));
  for (const action of actions) {
    if (action.kind === 'wait') {
      time += action.ms;
      continue;
    }
    if (action.kind === 'sync') {
      const from = replicas[action.from];
      const to = replicas[action.to];
      if (from === undefined || to === undefined) continue;
      to.log = [...mergeOperations(to.log, from.log).operations];
      to.recorder.observe(from.log);
      continue;
    }
    const replica = replicas[action.replica];
    if (replica === undefined) continue;
    const { log, recorder } = replica;
    ignoreRefusals(() => {
      if (action.kind === 'edit') {
        const op = recorder.change(action);
        if (op !== null) log.push(op);
      } else if (action.kind === 'create') {
        log.push(...recorder.create(action.entity, action.id, action.fields));
      } else if (action.kind === 'delete') {
        const op = recorder.remove(action.entity, action.id);
        if (op !== null) log.push(op);
      } else if (log.length > 0) {
        const target = log[action.pick % log.length];
        const op = target === undefined ? null : recorder.restore(target.id);
        if (op !== null) log.push(op);
      }
    });
  }
  return replicas.map((replica) => replica.log);
}
