import { describe, expect, it } from 'vitest';
import { Slots } from './slots.ts';

describe('slots', () => {
  it('never runs more than the limit at once; every job runs, in arrival order', async () => {
    const slots = new Slots(2);
    let now = 0;
    let peak = 0;
    const started: number[] = [];
    const job = (i: number) =>
      slots.run(async () => {
        started.push(i);
        now++;
        peak = Math.max(peak, now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        return i;
      });
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => job(i)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slots.active).toBe(0);
  });

  it('a failing job frees its slot', async () => {
    const slots = new Slots(1);
    await expect(slots.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(async () => 'next')).toBe('next');
    expect(slots.active).toBe(0);
  });

  it('a slot acquired is freed once, however often its release is called, and passes to the next in line', async () => {
    const slots = new Slots(1);
    const first = await slots.acquire();
    let secondHasIt = false;
    const second = slots.acquire().then((free) => {
      secondHasIt = true;
      return free;
    });
    await Promise.resolve();
    expect(secondHasIt).toBe(false);
    expect(slots.queued).toBe(1);
    first();
    first();
    const free2 = await second;
    expect(secondHasIt).toBe(true);
    expect(slots.active).toBe(1);
    free2();
    expect(slots.active).toBe(0);
  });
});
