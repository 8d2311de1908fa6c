/**
 * google.script.run as a promise. The page asks the server once it has opened (Apps Script serves
 * the HTML first, then each call is a round trip of a second or so).
 */
import { byId, say } from "./dom";

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner } };

/** The script's public surface (src/main.ts), seen from a page: types only, nothing of it is bundled. */
type Surface = typeof import("../../../main");

/**
 * Each exported function as the page calls it: same arguments, its answer as a promise. Keyed by
 * the surface itself, so a renamed or removed handler, or a changed answer, fails to compile here
 * instead of failing in the department's sheet.
 */
export type Server = {
  // A name ending in _ is private: google.script.run cannot call it.
  [K in keyof Surface as K extends `${string}_` ? never : K]: (...args: Parameters<Surface[K]>) => Promise<Awaited<ReturnType<Surface[K]>>>;
};

export const server: Server = new Proxy({} as Server, {
  get:
    (_target, fn) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
        (runner[String(fn)] as (...a: unknown[]) => void)(...args);
      }),
});

/** A handler's failure: a sentence for the user, and what is wrong with each field. */
export interface Failure {
  ok: false;
  error: string;
  fields?: Record<string, string>;
}

/**
 * A page's first request, the same on every page: 加载中 (#loading) goes once the server has
 * answered or failed; a refusal ({ ok: false }) is said in #load-error, or handed to `refused` when
 * the page treats some itself (true: handled); a failure nobody expected (a thrown error, a lost
 * connection, or an error in `show` itself) is said in #load-error as `unexpected(e)` words it.
 */
export async function loadPage<T extends { ok: true } | Failure>(
  request: () => Promise<T>,
  show: (answer: Exclude<T, Failure>) => void,
  unexpected: (e: unknown) => string,
  refused: (answer: Failure) => boolean = () => false,
): Promise<void> {
  try {
    const answer = await request();
    byId("loading").hidden = true;
    if (!answer.ok) {
      if (!refused(answer)) say("load-error", answer.error, "error");
      return;
    }
    show(answer as Exclude<T, Failure>);
  } catch (e) {
    byId("loading").hidden = true;
    say("load-error", unexpected(e), "error");
  }
}
