'use client';
import { useEffect, useState } from 'react';
import type { MatchRule } from '@/lib/catalog/rules';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { fetchStaticJson } from '../fetch-static';

export type ClassifyData = { rules: MatchRule[] | null; entries: ClassifyEntries | null; failed: boolean };

/**
 * The classifier's rules and the entries' words: two static files of this site, loaded once when the page
 * opens, before anything is pasted. They are the only requests the page makes.
 */
export function useClassifyData(): ClassifyData {
  const [data, setData] = useState<ClassifyData>({ rules: null, entries: null, failed: false });
  useEffect(() => {
    let live = true;
    const fail = () => live && setData((d) => ({ ...d, failed: true }));
    fetchStaticJson<MatchRule[]>('/classify-rules.json').then(
      (rules) => live && setData((d) => ({ ...d, rules })),
      fail,
    );
    fetchStaticJson<ClassifyEntries>('/classify-entries.json').then(
      (entries) => live && setData((d) => ({ ...d, entries })),
      fail,
    );
    return () => {
      live = false;
    };
  }, []);
  return data;
}
