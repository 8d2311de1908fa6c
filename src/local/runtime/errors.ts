/**
 * Apps Script reports failures as `Exception` objects whose text is what users
 * see in the execution log, e.g. "Exception: Those rows are out of bounds.".
 */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = "Exception";
  return error;
}

/** Apps Script's wording when a method is called with arguments of the wrong kind. */
export function signatureError(args: unknown[], method: string): Error {
  const kinds = args.map(typeName).join(",");
  return gasError(`The parameters (${kinds}) don't match the method signature for ${method}.`);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return Array.isArray(value[0]) ? "Object[][]" : "Object[]";
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") return "Date";
  switch (typeof value) {
    case "string":
      return "String";
    case "number":
      return "number";
    case "boolean":
      return "Boolean";
    default:
      return "Object";
  }
}
