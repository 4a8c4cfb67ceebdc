/**
 * The presenter window and the presenting window keep in step over a BroadcastChannel (same
 * origin, no server). The whole protocol is this one union, checked on receipt: the channel is
 * shared by every window of the app, so anything malformed is ignored rather than trusted.
 *
 * main → presenter: `state` after every change (scene, blank, what-if, results), `bye` when it
 * stops presenting or closes. presenter → main: `hello` on opening (main answers with its
 * state), `command` to step the deck, `bye` when its window closes.
 */
import { z } from 'zod';

export const CHANNEL_NAME = 'zz-presenter';

const Text = z.object({ zh: z.string().max(10_000), en: z.string().max(10_000) });

const StateSchema = z.object({
  deckTitle: Text,
  index: z.number().int().min(0),
  count: z.number().int().min(0),
  title: Text,
  notes: Text,
  next: Text.nullable(),
  blank: z.boolean(),
  presenting: z.boolean(),
  /** The presenter moved a slider: the screen is off the script until R. */
  modified: z.boolean(),
});
export type DeckState = z.infer<typeof StateSchema>;

export const PRESENTER_COMMANDS = ['next', 'prev', 'first', 'last', 'blank', 'reset'] as const;
export type PresenterCommand = (typeof PRESENTER_COMMANDS)[number];

const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), from: z.literal('presenter') }),
  z.object({ type: z.literal('state'), from: z.literal('main'), state: StateSchema }),
  z.object({
    type: z.literal('command'),
    from: z.literal('presenter'),
    command: z.enum(PRESENTER_COMMANDS),
  }),
  z.object({ type: z.literal('bye'), from: z.enum(['main', 'presenter']) }),
]);
export type SyncMessage = z.infer<typeof MessageSchema>;

/** A message, or null for anything that is not one of ours. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  const parsed = MessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The part of BroadcastChannel used here (injectable for tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export type ChannelFactory = (name: string) => ChannelLike | null;

/** A real BroadcastChannel, or null where there is none (the presenter view then says so). */
export const browserChannel: ChannelFactory = (name) =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;

/** The presenting window's end: publishes its state, takes the presenter window's commands. */
export class MainLink {
  private readonly channel: ChannelLike | null;
  private last: DeckState | null = null;
  private connected = false;
  private readonly connectionListeners = new Set<(connected: boolean) => void>();

  constructor(
    private readonly onCommand: (command: PresenterCommand) => void,
    factory: ChannelFactory = browserChannel,
  ) {
    this.channel = factory(CHANNEL_NAME);
    this.channel?.addEventListener('message', (event) => this.receive(event.data));
  }

  get available(): boolean {
    return this.channel !== null;
  }

  /** Whether a presenter window has said hello and not yet bye. */
  get presenterConnected(): boolean {
    return this.connected;
  }

  onConnection(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  publish(state: DeckState): void {
    this.last = state;
    this.channel?.postMessage({ type: 'state', from: 'main', state } satisfies SyncMessage);
  }

  /** Tells the presenter window this window stopped presenting (or is closing). */
  bye(): void {
    this.channel?.postMessage({ type: 'bye', from: 'main' } satisfies SyncMessage);
  }

  close(): void {
    this.bye();
    this.channel?.close();
  }

  private setConnected(connected: boolean): void {
    if (connected === this.connected) return;
    this.connected = connected;
    for (const listener of this.connectionListeners) listener(connected);
  }

  private receive(data: unknown): void {
    const message = parseSyncMessage(data);
    if (!message || message.from !== 'presenter') return;
    if (message.type === 'hello') {
      this.setConnected(true);
      if (this.last) this.publish(this.last);
    } else if (message.type === 'command') {
      this.setConnected(true);
      this.onCommand(message.command);
    } else if (message.type === 'bye') {
      this.setConnected(false);
    }
  }
}

/** The presenter window's end: receives the state, sends commands. */
export class ConsoleLink {
  private readonly channel: ChannelLike | null;

  constructor(
    private readonly handlers: { onState: (state: DeckState) => void; onMainGone: () => void },
    factory: ChannelFactory = browserChannel,
  ) {
    this.channel = factory(CHANNEL_NAME);
    this.channel?.addEventListener('message', (event) => this.receive(event.data));
  }

  get available(): boolean {
    return this.channel !== null;
  }

  hello(): void {
    this.channel?.postMessage({ type: 'hello', from: 'presenter' } satisfies SyncMessage);
  }

  send(command: PresenterCommand): void {
    this.channel?.postMessage({
      type: 'command',
      from: 'presenter',
      command,
    } satisfies SyncMessage);
  }

  close(): void {
    this.channel?.postMessage({ type: 'bye', from: 'presenter' } satisfies SyncMessage);
    this.channel?.close();
  }

  private receive(data: unknown): void {
    const message = parseSyncMessage(data);
    if (!message || message.from !== 'main') return;
    if (message.type === 'state') this.handlers.onState(message.state);
    else if (message.type === 'bye') this.handlers.onMainGone();
  }
}
