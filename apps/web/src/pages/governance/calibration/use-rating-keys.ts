/**
 * The rating page's keyboard: digits choose a level, Enter submits, ←/→ or p/n move between units.
 * Keys typed into a text field are left alone; Enter is taken before a focused button sees it, so it
 * always submits the chosen level rather than pressing whatever has focus.
 */
import { useEffect } from 'react';

export interface RatingKeys {
  choose: (level: number) => void;
  submit: () => void;
  previous: () => void;
  next: () => void;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const useRatingKeys = (keys: RatingKeys) => {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (/^[1-9]$/.test(e.key)) keys.choose(Number(e.key));
      else if (e.key === 'Enter') keys.submit();
      else if (e.key === 'ArrowRight' || e.key === 'n') keys.next();
      else if (e.key === 'ArrowLeft' || e.key === 'p') keys.previous();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);
};
