import { createHash } from "node:crypto";
import { service } from "../kinds";
import { LocalUser } from "../model/protection";

/**
 * `email` is what the script is told; `account` is who is really signed in. They differ when
 * security policies hide the email: "If security policies do not allow access to the user's
 * identity, User.getEmail() returns a blank string" (Session.getActiveUser(), Apps Script
 * reference). getEffectiveUser() is "the same account as getActiveUser()" outside web apps run as
 * their developer and installable triggers, so it is told no more here.
 */
export function makeSession(opts: { email: string; account: string; scriptId: string; locale: () => string; scriptTimeZone: string }) {
  // "A temporary key that is unique to the active user but does not reveal the user identity ...
  // unique to the script" (Session.getTemporaryActiveUserKey()): present even when the email is not.
  const key = createHash("sha256").update(`${opts.scriptId}\n${opts.account}`).digest("base64url");
  return service("Session", {
    getActiveUser: () => new LocalUser(opts.email),
    getEffectiveUser: () => new LocalUser(opts.email),
    getActiveUserLocale: () => opts.locale(),
    getScriptTimeZone: () => opts.scriptTimeZone,
    getTemporaryActiveUserKey: () => key,
  });
}

/** Session.getActiveUserLocale() gives a language tag such as `en` or `zh-CN`. */
export function userLocaleOf(spreadsheetLocale: string): string {
  const [lang, region] = spreadsheetLocale.split(/[_-]/);
  return lang === "zh" && region ? `zh-${region.toUpperCase()}` : lang;
}
