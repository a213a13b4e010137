/**
 * The three settings that link a verdict into the reader's own BlueKing (../shared/contract/site-config.md):
 * the gateway dashboard, the developer center and a feedback tracker. Read from the environment when the site
 * is built, each checked (an `http:` or `https:` URL, or the build fails naming the variable), and written into
 * every page's head as one `<meta name="apigw-portal-config">` only when one is set: the page reads them from
 * there and nowhere else, so a serving process may write or replace that meta at run time (BKPAAS_URL,
 * PORTAL_*) and one export serves every installation.
 */

/** Each setting's environment variable, as the README documents it. */
export const SETTING_VARS = {
  dashboard: 'PORTAL_APIGW_DASHBOARD_URL',
  paas: 'PORTAL_PAAS_URL',
  feedback: 'PORTAL_FEEDBACK_URL',
} as const;

export type SettingName = keyof typeof SETTING_VARS;
/** The settings as the page uses them: each an http(s) URL, or null where it is not set. */
export type SiteConfig = Record<SettingName, string | null>;

export const META_NAME = 'apigw-portal-config';
export const NO_CONFIG: SiteConfig = Object.freeze({ dashboard: null, paas: null, feedback: null });
const NAMES = Object.keys(SETTING_VARS) as SettingName[];
/** Longer than any real address: a value this long is not one. */
const MAX_URL = 2048;

/**
 * A setting's value made ready to use, or null where it is not an http(s) URL. The two base addresses end in
 * exactly one `/` (the templates add paths after it); the feedback template is kept as written.
 */
export function normalise(name: SettingName, value: string): string | null {
  const v = value.trim();
  if (v.length > MAX_URL || /[\s"'<>\\`]/.test(v)) return null;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password) return null;
  if (name === 'feedback') return v;
  if (u.search || u.hash) return null;
  return `${v.replace(/\/+$/, '')}/`;
}

/**
 * The settings from `env` (the build's environment). An empty variable is unset; a value that is not an
 * http(s) URL throws, naming the variable, so the build fails.
 */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const config: SiteConfig = { ...NO_CONFIG };
  for (const name of NAMES) {
    const raw = env[SETTING_VARS[name]]?.trim();
    if (!raw) continue;
    const value = normalise(name, raw);
    if (!value)
      throw new Error(
        `${SETTING_VARS[name]} must be an http: or https: URL (for example https://example.com/), got ${JSON.stringify(raw.slice(0, 200))}`,
      );
    config[name] = value;
  }
  return config;
}

/** The meta's `content`: the set settings as JSON; null where none is set (then no meta is written at all). */
export function configMetaContent(config: SiteConfig): string | null {
  const set = NAMES.filter((n) => config[n] !== null);
  return set.length ? JSON.stringify(Object.fromEntries(set.map((n) => [n, config[n]]))) : null;
}

/**
 * The settings from the meta's `content`, as the page reads them: whoever wrote the meta (this build or a
 * serving process), each value is checked again, and a value that is not an http(s) URL is ignored.
 */
export function parseConfigMeta(content: string | null | undefined): SiteConfig {
  if (!content || content.length > 4 * MAX_URL) return NO_CONFIG;
  let obj: unknown;
  try {
    obj = JSON.parse(content);
  } catch {
    return NO_CONFIG;
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return NO_CONFIG;
  const o = obj as Record<string, unknown>;
  const config: SiteConfig = { ...NO_CONFIG };
  for (const name of NAMES) {
    const v = o[name];
    if (typeof v === 'string') config[name] = normalise(name, v);
  }
  return config;
}

/** Whether any setting is set. */
export const anySet = (config: SiteConfig) => NAMES.some((n) => config[n] !== null);
