import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import {
  parseRunSettings,
  type RunSettings,
  type RunSettingsStorage,
} from '../../src/store/runSettingsStorage';
import { inProcessServices } from './fakeServices';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

function memoryStorage(initial: Partial<RunSettings> = {}) {
  const saved: RunSettings[] = [];
  const storage: RunSettingsStorage = { load: () => initial, save: (s) => void saved.push(s) };
  return { storage, saved };
}

describe('run settings kept between visits', () => {
  it('reads only values the settings accept', () => {
    expect(parseRunSettings(null)).toEqual({});
    expect(parseRunSettings('not json')).toEqual({});
    expect(parseRunSettings('[1,2]')).toEqual({});
    expect(parseRunSettings('{"seed":7,"nInit":25,"matchSklearn":true}')).toEqual({
      seed: 7,
      nInit: 25,
      matchSklearn: true,
    });
    expect(parseRunSettings('{"seed":-1,"nInit":0,"matchSklearn":"yes"}')).toEqual({});
    expect(parseRunSettings('{"seed":1.5,"nInit":101}')).toEqual({});
  });

  it('a new store starts from what was kept, and the first analysis runs with it', async () => {
    const { storage } = memoryStorage({ seed: 7, matchSklearn: true });
    const services = inProcessServices();
    const store = createAppStore({ ...services, runSettings: storage });
    expect(store.getState()).toMatchObject({ seed: 7, nInit: 10, matchSklearn: true });
    await store.getState().loadFile(new File([SAMPLE], 'Mall_Customers.csv'), 'Mall_Customers.csv');
    expect(services.analyzeCalls[0]).toMatchObject({ seed: 7, matchSklearn: true, nInit: 10 });
  });

  it('keeps a setting each time one changes, and not otherwise', async () => {
    const { storage, saved } = memoryStorage();
    const store = createAppStore({ ...inProcessServices(), runSettings: storage });
    await store.getState().loadFile(new File([SAMPLE], 'Mall_Customers.csv'), 'Mall_Customers.csv');
    expect(saved).toEqual([]);
    await store.getState().setMatchSklearn(true);
    await store.getState().setSeed(3);
    expect(saved).toEqual([
      { seed: 42, nInit: 10, matchSklearn: true },
      { seed: 3, nInit: 10, matchSklearn: true },
    ]);
  });
});
