/** The shape of bench/results.json, shared by the measuring modules, the budgets and the report. */
import type { Kind } from './page-weight.mjs';
import type { Locale, PageType } from './pages.mjs';

export type Bytes = Record<Kind | 'total', number>;

/** One response: its path, kind and transferred body bytes. */
export interface Response {
  path: string;
  kind: Kind;
  bytes: number;
}

export interface PageWeight {
  path: string;
  bytes: Bytes;
  requests: number;
  responses: Response[];
  /** The document plus every request Chromium marked render-blocking. */
  requestsBeforeRender: number;
  blocking: string[];
  /** Requests started before the first contentful paint, blocking or not (for information). */
  startedBeforeFirstPaint: number | null;
  firstContentfulPaintMs: number | null;
  failed: string[];
  /** Share of the main text (with JavaScript) a reader also gets without it, 0 to 1. */
  textWithoutJs: number;
  /** Bottom edge of the site header on a 390 × 844 phone, CSS pixels. */
  headerHeightPx: number;
}

export type WeightResults = Record<Locale, Record<PageType, { pages: PageWeight[] }>>;

export type SearchResult =
  | { path: string; available: false; reason: string }
  | { path: string; available: true; error: string }
  | {
      path: string;
      available: true;
      error?: undefined;
      queries: string[];
      bytes: Bytes;
      requests: number;
      responses: Response[];
      firstResultsMs: number;
      resultsShown: number;
      nextResultsMs: number | null;
      note?: string;
    };

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export type LighthouseRun = { lang: Locale; type: PageType; url: string } & (
  | {
      error?: undefined;
      scores: Record<LighthouseCategory, number>;
      lcpMs: number | null;
      tbtMs: number | null;
      cls: number | null;
      lostPoints: Partial<Record<LighthouseCategory, Array<{ id: string; title: string; score: number }>>>;
      warnings: string[];
      /** What moved during load, for a CLS above 0. */
      layoutShifts: Array<{ element: string; score: number }>;
      /** 1, or 3 when the first run was under 100 somewhere and the median of three counts. */
      runs: number;
    }
  | { error: string }
);

export interface BuildRun {
  label: string;
  pagesPerLang: Record<Locale, number>;
  /** Every HTML page written, both languages and the root pages. */
  pages: number;
  guidesAdded: number;
  tipsAdded: number;
  wallMs: number;
  /** User + system CPU time of the build and its children (GNU time), null without /usr/bin/time. */
  cpuMs: number | null;
  /** The machine's 1-minute load average when the build started: above the core count, wall times are inflated. */
  loadBefore: number;
  peakRssBytes: number | null;
  msPerPage: number | null;
  /** Whether the build wrote a Pagefind index (pagefind/ in the output). */
  searchIndex: boolean;
}

export interface Growth {
  realToMediumMsPerPage: number | null;
  mediumToLargeMsPerPage: number | null;
  ratio: number | null;
}

export interface BuildResults {
  runs: BuildRun[];
  /** Marginal wall time per page; the budgets use this. */
  growth?: Growth;
  /** The same from CPU time, which competing work on the machine hardly changes (for information). */
  cpuGrowth?: Growth;
  error?: string;
}

/** My network with 1,000 people and 5,000 interactions (bench/my-network.mjs). */
export type NetworkResult =
  | { path: string; error: string }
  | {
      path: string;
      error?: undefined;
      /** Gzip bytes of JavaScript transferred when the page loads with nothing stored. */
      jsBytes: number;
      /** The slowest full draw of the list, from a change of order to the next frame. */
      drawMs: number;
      /** The slowest keystroke in the find box to the next frame. */
      keystrokeMs: number;
      /** previewMs + applyMs: a 1,000-row LinkedIn file from choosing it to the list drawn. */
      importMs: number;
      previewMs: number;
      applyMs: number;
      shownAfterImport: string;
    };
export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of body sent (gzip where the server compresses); 0 for a 304. */
  bytes: number;
}

export type OfflineResult =
  | {
      /** The page the reader starts on (the home page of the language). */
      path: string;
      firstVisit: { bytes: number; requests: ServedRequest[] };
      save: { announcedBytes: number; bytes: number; requests: number; ms: number };
      repeat: { path: string; bytes: number; requests: ServedRequest[] };
      error?: undefined;
    }
  | { path: string; error: string };

export interface Results {
  meta: { date: string; node: string; chromium: string | null; cpus: number; commit: string | null; parts: string[] };
  weight?: WeightResults;
  search?: Record<Locale, SearchResult>;
  network?: Record<Locale, NetworkResult>;
  lighthouse?: Record<Locale, Record<PageType, LighthouseRun>>;
  build?: BuildResults;
  offline?: Record<Locale, OfflineResult>;
}
