import { AuthMode, TriggerSource } from "../enums";
import { service } from "../kinds";

const AuthorizationStatus = Object.freeze({ REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const);

export function makeScriptApp(scriptId: string) {
  return service("ScriptApp", {
    AuthMode,
    TriggerSource,
    AuthorizationStatus,
    getAuthorizationInfo: (_authMode?: string) => ({
      getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [],
    }),
    getScriptId: () => scriptId,
    getProjectTriggers: () => [],
    getUserTriggers: (_document?: unknown) => [],
    deleteTrigger: (_trigger: unknown) => undefined,
    getOAuthToken: () => "local-oauth-token",
  });
}
