import { service, tag } from "../kinds";

/** A property store; like Apps Script's, it keeps strings only. */
export class LocalProperties {
  constructor(private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    this.store.set(String(key), String(value));
    return this;
  }
}
tag(LocalProperties, "Properties");

/** User properties belong to the user, so each runtime (each signed-in session) has its own. */
export function makePropertiesService(user: Map<string, string>) {
  return service("PropertiesService", {
    getUserProperties: () => new LocalProperties(user),
  });
}
