import { afterEach, describe, expect, it } from 'vitest';
import {
  ConsoleLink,
  MainLink,
  parseSyncMessage,
  type ChannelLike,
  type DeckState,
  type PresenterCommand,
} from '../../src/present/sync';

const state = (index: number, extra: Partial<DeckState> = {}): DeckState => ({
  deckTitle: { zh: '简报', en: 'Briefing' },
  index,
  count: 13,
  title: { zh: `第${index + 1}页`, en: `Scene ${index + 1}` },
  notes: { zh: '讲稿', en: 'Notes' },
  next: index < 12 ? { zh: '下一页', en: 'Next' } : null,
  blank: false,
  presenting: true,
  modified: false,
  ...extra,
});

/** Resolves once `check` is true, polling on macrotasks (BroadcastChannel delivers async). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('presenter sync messages', () => {
  it('accepts exactly the protocol’s messages', () => {
    expect(parseSyncMessage({ type: 'hello', from: 'presenter' })).toEqual({
      type: 'hello',
      from: 'presenter',
    });
    expect(
      parseSyncMessage({ type: 'command', from: 'presenter', command: 'next' }),
    ).not.toBeNull();
    expect(parseSyncMessage({ type: 'state', from: 'main', state: state(2) })).not.toBeNull();
    expect(parseSyncMessage({ type: 'bye', from: 'main' })).not.toBeNull();
    for (const junk of [
      null,
      'next',
      42,
      {},
      { type: 'command', from: 'presenter', command: 'explode' },
      { type: 'command', from: 'main', command: 'next' },
      { type: 'state', from: 'main', state: { ...state(1), index: -1 } },
      { type: 'state', from: 'main', state: { ...state(1), title: 'x' } },
      { type: 'hello', from: 'audience' },
    ]) {
      expect(parseSyncMessage(junk), JSON.stringify(junk)).toBeNull();
    }
  });
});

describe('main window and presenter window over a real BroadcastChannel', () => {
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const link of open.splice(0)) link.close();
  });

  it('answers hello with the state, follows each change, takes commands and hears bye', async () => {
    const commands: PresenterCommand[] = [];
    const main = new MainLink((c) => commands.push(c));
    const connections: boolean[] = [];
    main.onConnection((c) => connections.push(c));
    main.publish(state(0));
    const seen: DeckState[] = [];
    let gone = 0;
    const presenter = new ConsoleLink({ onState: (s) => seen.push(s), onMainGone: () => gone++ });
    open.push(main, presenter);
    presenter.hello();
    await until(() => seen.length === 1);
    expect(seen[0]?.index).toBe(0);
    expect(main.presenterConnected).toBe(true);

    main.publish(state(1, { modified: true }));
    await until(() => seen.length === 2);
    expect(seen[1]).toEqual(state(1, { modified: true }));

    presenter.send('next');
    presenter.send('blank');
    await until(() => commands.length === 2);
    expect(commands).toEqual(['next', 'blank']);

    main.bye();
    await until(() => gone === 1);

    presenter.close();
    open.splice(open.indexOf(presenter), 1);
    await until(() => !main.presenterConnected);
    expect(connections).toEqual([true, false]);
  });

  it('ignores junk and messages from its own side on the shared channel', async () => {
    const commands: PresenterCommand[] = [];
    const main = new MainLink((c) => commands.push(c));
    const other = new BroadcastChannel('zz-presenter');
    open.push(main, other);
    other.postMessage({ type: 'command', from: 'main', command: 'next' });
    other.postMessage('next');
    other.postMessage({ type: 'command', from: 'presenter', command: 'prev' });
    await until(() => commands.length === 1);
    expect(commands).toEqual(['prev']);
  });

  it('works without BroadcastChannel, saying it is unavailable', () => {
    const none = (): ChannelLike | null => null;
    const main = new MainLink(() => undefined, none);
    const presenter = new ConsoleLink(
      { onState: () => undefined, onMainGone: () => undefined },
      none,
    );
    expect(main.available).toBe(false);
    expect(presenter.available).toBe(false);
    main.publish(state(0));
    presenter.send('next');
    main.close();
    presenter.close();
  });
});
