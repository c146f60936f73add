// A clock that only moves when told to (simulator, tests), and a sleep that moves it instead of waiting.
export interface SteppedClock {
  now(): Date;
  set(at: Date): void;
  advance(ms: number): void;
  sleep(ms: number): Promise<void>;
}

export function createSteppedClock(start: string | Date): SteppedClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = at.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
    sleep: async (ms) => {
      t += ms;
    },
  };
}
