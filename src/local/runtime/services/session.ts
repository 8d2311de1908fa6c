import { service } from "../kinds";
import { LocalUser } from "../model/protection";

export function makeSession(opts: { email: string; locale: () => string; scriptTimeZone: string }) {
  return service("Session", {
    getActiveUser: () => new LocalUser(opts.email),
    getEffectiveUser: () => new LocalUser(opts.email),
    getActiveUserLocale: () => opts.locale(),
    getScriptTimeZone: () => opts.scriptTimeZone,
    getTemporaryActiveUserKey: () => Buffer.from(opts.email).toString("base64url"),
    getUser: () => new LocalUser(opts.email),
  });
}

/** Session.getActiveUserLocale() gives a language tag such as `en` or `zh-CN`. */
export function userLocaleOf(spreadsheetLocale: string): string {
  const [lang, region] = spreadsheetLocale.split(/[_-]/);
  return lang === "zh" && region ? `zh-${region.toUpperCase()}` : lang;
}
