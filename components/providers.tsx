'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

// One client for the page's lifetime: the palette and the search page share what it has fetched.
let client: QueryClient | undefined;
function queryClient() {
  return (client ??= new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, refetchOnWindowFocus: false } },
  }));
}

/** Mounted only where search runs (the palette, the search page), so reading pages never load react-query. */
export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}
