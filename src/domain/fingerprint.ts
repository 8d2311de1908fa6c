/**
 * A short fingerprint of a text: what a user saw before confirming, compared with what the server
 * finds again under the lock. Not a secret and not a signature — it only has to differ when the
 * text does (53 bits: two previews that differ share one by chance about once in 10^15).
 */
export function fingerprint(text: string): string {
  // cyrb53 (public domain): two 32-bit FNV-like lanes mixed at the end; linear in the text.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
