import { useState } from 'react';

let pending: string | null = null;

/** Leaves a message for the next page (e.g. "Form submitted" on the case page after a submit). */
export function setFlash(message: string): void {
  pending = message;
}

/** Shows, once, the message the previous page left. */
export function Flash() {
  const [message] = useState(() => {
    const m = pending;
    pending = null;
    return m;
  });
  if (message === null) return null;
  return (
    <p className="notice notice-ok" role="status">
      {message}
    </p>
  );
}
