import { useEffect } from 'react';

/** Sets the browser tab's title for the page (screen readers announce it on navigation too). */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Pathway`;
  }, [title]);
}
