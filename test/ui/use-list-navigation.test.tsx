import { Text, useInput, type Key } from 'ink';
import { render } from 'ink-testing-library';
import { useState, type ReactElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyContext, KeyRegistry, type KeyEntry } from '../../src/ui/keys.js';
import { ALL_LIST_KEYS, listMoveOf, NO_PAGE_KEYS, PICKER_FILTER_KEYS, PICKER_KEYS, STEP_KEYS, type ListKeyGroup } from '../../src/ui/list-keys.js';
import { moveCursor, spanWindowTop, windowTop } from '../../src/ui/list-window.js';
import { useListNavigation } from '../../src/ui/use-list-navigation.js';
import { KEY, tick } from './helpers.js';

/** An Ink key with the given flags set. */
const key = (flags: Partial<Key> = {}): Key =>
  ({ upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...flags }) as Key;

describe('list keys', () => {
  it('recognise each group only where the screen takes it', () => {
    expect(listMoveOf('', key({ downArrow: true }), STEP_KEYS)).toBe('down');
    expect(listMoveOf('k', key(), STEP_KEYS)).toBe('up');
    expect(listMoveOf('b', key({ ctrl: true }), ALL_LIST_KEYS)).toBe('page-up');
    expect(listMoveOf('f', key({ ctrl: true }), ALL_LIST_KEYS)).toBe('page-down');
    expect(listMoveOf(' ', key(), ALL_LIST_KEYS)).toBe('page-down');
    expect(listMoveOf('G', key({ shift: true }), ALL_LIST_KEYS)).toBe('last');
    expect(listMoveOf('', key({ home: true }), NO_PAGE_KEYS)).toBe('first');
    // Space marks a claim on the Subject screen; letters narrow a picker's filter after `/`; Help only steps.
    expect(listMoveOf(' ', key(), NO_PAGE_KEYS)).toBeUndefined();
    expect(listMoveOf('', key({ pageDown: true }), NO_PAGE_KEYS)).toBeUndefined();
    expect(listMoveOf('j', key(), PICKER_KEYS)).toBe('down');
    expect(listMoveOf('j', key(), PICKER_FILTER_KEYS)).toBeUndefined();
    expect(listMoveOf('n', key({ ctrl: true }), PICKER_FILTER_KEYS)).toBe('down');
    expect(listMoveOf('p', key({ ctrl: true }), PICKER_FILTER_KEYS)).toBe('up');
    expect(listMoveOf('', key({ pageUp: true }), PICKER_KEYS)).toBe('page-up');
    expect(listMoveOf('g', key(), STEP_KEYS)).toBeUndefined();
    expect(listMoveOf('x', key(), ALL_LIST_KEYS)).toBeUndefined();
  });

  it('move the cursor within the list', () => {
    expect(moveCursor('up', 0, 10, 3)).toBe(0);
    expect(moveCursor('down', 9, 10, 3)).toBe(9);
    expect(moveCursor('page-down', 8, 10, 3)).toBe(9);
    expect(moveCursor('page-up', 2, 10, 3)).toBe(0);
    expect(moveCursor('page-down', 2, 10, 3)).toBe(5);
    expect(moveCursor('last', 0, 10, 3)).toBe(9);
    expect(moveCursor('first', 7, 10, 3)).toBe(0);
    expect(moveCursor('last', 0, 0, 3)).toBe(0);
    expect(moveCursor('down', 0, 0, 3)).toBe(0);
  });

  it('keep a span of rows in view, moving the window only when it leaves it', () => {
    for (const [selected, previous] of [[0, 0], [19, 0], [20, 0], [5, 10], [9_999, 0], [3, 7]] as const) {
      expect(spanWindowTop([selected, selected], 10_000, 20, previous)).toBe(windowTop(selected, 10_000, 20, previous));
    }
    // A claim's rows: its section header (or the row before), itself and its quote.
    expect(spanWindowTop([9, 11], 30, 10, 0)).toBe(2);
    expect(spanWindowTop([9, 11], 30, 10, 5)).toBe(5);
    expect(spanWindowTop([3, 5], 30, 10, 5)).toBe(3);
    // Taller than the window: its last row is shown.
    expect(spanWindowTop([3, 5], 30, 2, 0)).toBe(4);
    expect(spanWindowTop([3, 5], 6, 10, 4)).toBe(0);
  });
});

/** Keys from stdin to the handler registered last, as the app routes them. */
function Keys({ registry, children }: { readonly registry: KeyRegistry; readonly children: ReactNode }): ReactElement {
  useInput((input, k) => registry.current()?.handler(input, k));
  return <KeyContext.Provider value={registry}>{children}</KeyContext.Provider>;
}

interface ListProps {
  readonly count: number;
  readonly height: number;
  readonly keys?: readonly ListKeyGroup[];
  readonly isActive?: boolean;
  readonly start?: number;
  readonly others: string[];
}

/** A list of `count` items in a window of `height` rows, drawn as "cursor top: the rows shown". */
function List({ count, height, keys, isActive, start = 0, others }: ListProps): ReactElement {
  const [position, setPosition] = useState({ cursor: start, top: 0 });
  const { cursor, top } = useListNavigation({
    count,
    cursor: position.cursor,
    keys,
    window: { height, top: position.top },
    onMove: (next, nextTop) => setPosition({ cursor: next, top: nextTop }),
    onKey: (input) => others.push(input),
    isActive,
  });
  const shown = Array.from({ length: Math.min(height, count - top) }, (_, i) => (top + i === cursor ? `[${top + i}]` : String(top + i)));
  return <Text>{`${cursor} ${top}: ${shown.join(' ')}`}</Text>;
}

let app: ReturnType<typeof render> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

async function mount(props: Omit<ListProps, 'others'>): Promise<{ press(...keys: string[]): Promise<string>; readonly others: string[] }> {
  const others: string[] = [];
  app = render(
    <Keys registry={new KeyRegistry()}>
      <List {...props} others={others} />
    </Keys>,
  );
  await tick();
  return {
    others,
    async press(...keys) {
      for (const k of keys) {
        app!.stdin.write(k);
        await tick();
      }
      return app!.lastFrame() ?? '';
    },
  };
}

describe('useListNavigation', () => {
  it('moves the cursor with the list keys and keeps it in the window', async () => {
    const list = await mount({ count: 100, height: 5 });
    expect(await list.press()).toBe('0 0: [0] 1 2 3 4');
    expect(await list.press('j', 'j', 'j', 'j', 'j')).toBe('5 1: 1 2 3 4 [5]');
    expect(await list.press(KEY.up)).toBe('4 1: 1 2 3 [4] 5');
    expect(await list.press('G')).toBe('99 95: 95 96 97 98 [99]');
    expect(await list.press('\u001B[5~')).toBe('94 94: [94] 95 96 97 98');
    expect(await list.press(' ')).toBe('99 95: 95 96 97 98 [99]');
    expect(await list.press('\u0002')).toBe('94 94: [94] 95 96 97 98');
    expect(await list.press('g')).toBe('0 0: [0] 1 2 3 4');
    expect(await list.press('\u001B[F')).toBe('99 95: 95 96 97 98 [99]');
    expect(await list.press('\u001B[H')).toBe('0 0: [0] 1 2 3 4');
    expect(list.others).toEqual([]);
  });

  it('leaves the keys the screen does not take to the screen', async () => {
    const list = await mount({ count: 10, height: 3, keys: NO_PAGE_KEYS });
    expect(await list.press(' ', 'x', KEY.down)).toBe('1 0: 0 [1] 2');
    expect(list.others).toEqual([' ', 'x']);
  });

  it('clamps a cursor kept beyond the list, and takes no key while inactive', async () => {
    const list = await mount({ count: 3, height: 5, start: 7 });
    expect(await list.press()).toBe('2 0: 0 1 [2]');
    app!.unmount();
    const idle = await mount({ count: 3, height: 5, isActive: false });
    expect(await idle.press('j', 'x')).toBe('0 0: [0] 1 2');
    expect(idle.others).toEqual([]);
  });

  it('registers its keys after rendering, never while rendering', async () => {
    const events: string[] = [];
    class Recording extends KeyRegistry {
      override set(owner: object, entry: KeyEntry): void {
        events.push('register');
        super.set(owner, entry);
      }
    }
    const Next = (): ReactElement => {
      events.push('render next');
      return <Text>next</Text>;
    };
    const Probe = (): ReactElement => {
      events.push('render list');
      return <List count={3} height={3} others={[]} />;
    };
    app = render(
      <Keys registry={new Recording()}>
        <Probe />
        <Next />
      </Keys>,
    );
    await tick();
    expect(events.slice(0, 3)).toEqual(['render list', 'render next', 'register']);
  });
});
