import { useState } from 'react';

function read(storageKey: string): string[] | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return Array.isArray(parsed) && parsed.every((k) => typeof k === 'string') ? parsed : undefined;
  } catch {
    // storage disabled or a broken value: the defaults still work
    return undefined;
  }
}

/**
 * Which columns of a table a user has hidden, remembered in localStorage under `storageKey`
 * across visits. Keys a later version of the table no longer has are ignored.
 */
export function useColumnSettings(storageKey: string, defaultHidden: readonly string[] = []) {
  const [hidden, setHidden] = useState<string[]>(() => read(storageKey) ?? [...defaultHidden]);
  const save = (next: string[]) => {
    setHidden(next);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // not remembered, but still applied
    }
  };
  return {
    hidden,
    isVisible: (key: string) => !hidden.includes(key),
    setVisible: (visibleKeys: string[], allKeys: readonly string[]) => save(allKeys.filter((k) => !visibleKeys.includes(k))),
    reset: () => {
      setHidden([...defaultHidden]);
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        // nothing to forget
      }
    },
  };
}
