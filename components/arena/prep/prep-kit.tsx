'use client';
// Client helper of the preparation forms: local edits that follow the server after a refresh.
import { useState } from 'react';

/**
 * Local state seeded from server data. When `signature` (a digest of the server data) changes — after a
 * save refreshed the page, or someone else's change — the local edits are replaced by the new data; a
 * failed save changes nothing on the server, so what the user selected stays.
 */
export function useServerState<T>(value: T, signature: string) {
  const [state, setState] = useState(value);
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setState(value);
  }
  return [state, setState] as const;
}
