import { AuthMode } from "../enums";
import { signatureError } from "../errors";
import { service } from "../kinds";

const AuthorizationStatus = Object.freeze({ REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const);

/** What the project asks for (appsscript.json's oauthScopes) and what the user ticked on Google's consent screen. */
export interface ScopeGrant {
  requested?: readonly string[];
  /** Default: every scope asked for. Granular consent lets a user untick some. */
  granted?: readonly string[];
}

const isScopeList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/**
 * ScriptApp.getAuthorizationInfo(authMode[, oAuthScopes]). Only AuthMode.FULL can need the user's
 * consent ("no other authorization mode requires that users grant authorization"); given a list,
 * getAuthorizedScopes() answers which of those were granted, otherwise every granted scope
 * (developers.google.com/apps-script/reference/script/authorization-info).
 */
function authorizationInfo(scriptId: string, scopes: ScopeGrant, authMode: unknown, asked: unknown, args: unknown[]) {
  if (typeof authMode !== "string" || !(authMode in AuthMode) || (asked !== undefined && !isScopeList(asked))) {
    throw signatureError(args, "ScriptApp.getAuthorizationInfo");
  }
  const requested = (asked as string[] | undefined) ?? scopes.requested ?? [];
  const granted = scopes.granted ?? scopes.requested ?? requested;
  const missing = authMode === "FULL" && requested.some((s) => !granted.includes(s));
  return {
    getAuthorizationStatus: () => (missing ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
    getAuthorizationUrl: () => (missing ? `https://script.google.com/macros/d/${scriptId}/authorize` : null),
    getAuthorizedScopes: () => (asked === undefined ? [...granted] : requested.filter((s) => granted.includes(s))),
  };
}

export function makeScriptApp(scriptId: string, scopes: ScopeGrant = {}) {
  return service("ScriptApp", {
    AuthMode,
    getAuthorizationInfo: (...args: unknown[]) => authorizationInfo(scriptId, scopes, args[0], args[1], args),
  });
}
