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
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}
tag(LocalProperties, "Properties");

export function makePropertiesService(stores: { document: Map<string, string>; user: Map<string, string> }) {
  return service("PropertiesService", {
    getDocumentProperties: () => new LocalProperties(stores.document),
    getUserProperties: () => new LocalProperties(stores.user),
  });
}
