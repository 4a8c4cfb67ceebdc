import { describe, expect, it } from 'vitest';
import { DigitJumper, deckCommand, stepIndex, type FocusKind } from '../../src/present/keymap';

const cmd = (key: string, focus: FocusKind = 'none', presenting = true, mods = {}) =>
  deckCommand({ key, ...mods }, focus, presenting)?.type ?? null;

describe('presenter keys', () => {
  it('steps with the keys clickers send, and the arrows', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(cmd(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(cmd(key), key).toBe('prev');
    expect(cmd('Home')).toBe('first');
    expect(cmd('End')).toBe('last');
  });

  it('maps Esc, B (and the full stop clickers send), R, F, S and ?', () => {
    expect(cmd('Escape')).toBe('leave');
    expect(cmd('b')).toBe('blank');
    expect(cmd('B')).toBe('blank');
    expect(cmd('.')).toBe('blank');
    expect(cmd('r')).toBe('reset');
    expect(cmd('R')).toBe('reset');
    expect(cmd('f')).toBe('present');
    expect(cmd('s')).toBe('presenter');
    expect(cmd('?')).toBe('help');
    expect(cmd('x')).toBeNull();
  });

  it('turns number keys into digits', () => {
    expect(deckCommand({ key: '7' }, 'none', true)).toEqual({ type: 'digit', digit: 7 });
    expect(deckCommand({ key: '0' }, 'none', true)).toEqual({ type: 'digit', digit: 0 });
  });

  it('leaves browser shortcuts alone', () => {
    expect(cmd('r', 'none', true, { ctrlKey: true })).toBeNull();
    expect(cmd('ArrowRight', 'none', true, { altKey: true })).toBeNull();
    expect(cmd('f', 'none', true, { metaKey: true })).toBeNull();
  });

  it('turns the page with the clicker keys even when a slider has focus', () => {
    // Issue 13 B2: after a live what-if the slider keeps the focus, and → must still step.
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(cmd(key, 'range'), key).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(cmd(key, 'range'), key).toBe('prev');
    expect(cmd('Home', 'range')).toBe('first');
    expect(cmd('End', 'range')).toBe('last');
    expect(cmd('4', 'range')).toBe('digit');
    expect(cmd('r', 'range')).toBe('reset');
    expect(cmd('b', 'range')).toBe('blank');
    expect(cmd('Escape', 'range')).toBe('leave');
  });

  it('leaves ↑ and ↓ to a focused slider, and moves it one step with + and −', () => {
    expect(cmd('ArrowUp', 'range')).toBeNull();
    expect(cmd('ArrowDown', 'range')).toBeNull();
    for (const key of ['+', '='])
      expect(deckCommand({ key }, 'range', true), key).toEqual({ type: 'nudge', step: 1 });
    for (const key of ['-', '−', '_'])
      expect(deckCommand({ key }, 'range', true), key).toEqual({ type: 'nudge', step: -1 });
    // Without a focused slider, + and − do nothing; ↑ and ↓ step the deck.
    expect(cmd('+')).toBeNull();
    expect(cmd('-')).toBeNull();
    expect(cmd('ArrowUp')).toBe('prev');
    expect(cmd('ArrowDown')).toBe('next');
    // Not while authoring: the editor's slider keeps its keys.
    expect(cmd('+', 'range', false)).toBeNull();
    expect(cmd('ArrowRight', 'range', false)).toBeNull();
  });

  it('lets a focused button take Enter, but Space still turns the page', () => {
    expect(cmd('Enter', 'button')).toBeNull();
    expect(cmd(' ', 'button')).toBe('next');
    expect(cmd('ArrowRight', 'button')).toBe('next');
  });

  it('leaves every key but Esc to a text field', () => {
    for (const key of ['ArrowRight', ' ', 'b', 'r', '3', 'f'])
      expect(cmd(key, 'text'), key).toBeNull();
    expect(cmd('Escape', 'text')).toBe('leave');
    expect(cmd('Escape', 'text', false)).toBeNull();
  });

  it('acts only on F and the clicker keys while authoring', () => {
    expect(cmd('f', 'none', false)).toBe('present');
    expect(cmd('PageDown', 'none', false)).toBe('next');
    expect(cmd('PageUp', 'none', false)).toBe('prev');
    for (const key of ['ArrowRight', ' ', 'b', 'r', '3', 'Escape', 'Home'])
      expect(cmd(key, 'none', false), key).toBeNull();
  });

  it('clamps stepping to the deck', () => {
    expect(stepIndex('next', 12, 13)).toBe(12);
    expect(stepIndex('prev', 0, 13)).toBe(0);
    expect(stepIndex('next', 3, 13)).toBe(4);
    expect(stepIndex('first', 7, 13)).toBe(0);
    expect(stepIndex('last', 0, 13)).toBe(12);
    expect(stepIndex('next', 0, 1)).toBe(0);
  });
});

describe('number keys', () => {
  it('jump at once, and two digits in quick succession make a two-digit scene', () => {
    let now = 0;
    const jumper = new DigitJumper(1000, () => now);
    expect(jumper.push(1, 13)).toBe(1);
    now += 300;
    expect(jumper.push(2, 13)).toBe(12);
    now += 300;
    expect(jumper.push(3, 13)).toBe(3);
    now += 2000; // too late: a new number
    expect(jumper.push(1, 13)).toBe(1);
  });

  it('ignore scenes the deck does not have', () => {
    let now = 0;
    const jumper = new DigitJumper(1000, () => now);
    expect(jumper.push(9, 5)).toBeNull();
    expect(jumper.push(0, 5)).toBeNull();
    now += 100;
    expect(jumper.push(4, 5)).toBe(4);
    now += 100;
    expect(jumper.push(7, 5)).toBeNull(); // 47 does not exist, 7 neither
    expect(jumper.push(1, 13)).toBe(1);
    now += 100;
    expect(jumper.push(0, 13)).toBe(10);
  });
});
