/**
 * google.script.run as a promise. The page asks the server once it has opened (Apps Script serves
 * the HTML first, then each call is a round trip of a second or so).
 */
interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner } };

export function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });
}

/** A handler's failure: a sentence for the user, and what is wrong with each field. */
export interface Failure {
  ok: false;
  error: string;
  fields?: Record<string, string>;
}
