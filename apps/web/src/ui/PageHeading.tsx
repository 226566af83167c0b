import type { ReactNode } from 'react';

/** The page's h1. tabIndex -1 lets the shell move focus here after navigation. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
