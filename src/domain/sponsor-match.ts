/**
 * Two rows of 赞助商 that look like one shop: the same phone number, or names that are equal once
 * spaces, brackets, branch words (店, 分店, 营业厅, 支行…) and full-width/half-width differences are
 * taken away — "蜜雪冰城（东门店）" and "蜜雪冰城 东门" are one shop typed twice. Linear scans only:
 * no regular expression runs over what members typed.
 */

/** Words that name a branch or a company form rather than the shop; longest first so 分店 goes before 店. */
const BRANCH_WORDS = ["有限责任公司", "有限公司", "分公司", "旗舰店", "专卖店", "营业厅", "分店", "总店", "支行", "分行", "公司", "店"];

const DROPPED = new Set([..." \t\r\n\u00a0\u3000()（）[]【】{}「」『』<>《》〈〉·・.,，、-—_/\\|'\"“”‘’:："]);

/** The name as compared: NFKC (full width → half width), lower case, without brackets, spaces, punctuation or branch words. */
export function shopKey(name: string): string {
  const plain = name.normalize("NFKC").toLowerCase();
  let out = "";
  for (const ch of plain) if (!DROPPED.has(ch)) out += ch;
  for (const word of BRANCH_WORDS) out = out.split(word).join("");
  return out;
}

/** The digits of a phone number when there are enough of them to identify one (7 or more); else "". */
export function phoneKey(phone: string): string {
  let digits = "";
  for (const ch of phone.normalize("NFKC")) if (ch >= "0" && ch <= "9") digits += ch;
  // A mainland mobile written with +86 or 0086 is the same number.
  if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  if (digits.length === 15 && digits.startsWith("0086")) digits = digits.slice(4);
  return digits.length >= 7 ? digits : "";
}

export interface ShopLike {
  name: string;
  phone: string;
  row: number;
}

export interface LookAlike<T extends ShopLike> {
  first: T;
  second: T;
  by: "name" | "phone";
}

/** Every later row that looks like an earlier one, paired with the first row it looks like. */
export function lookAlikes<T extends ShopLike>(shops: readonly T[]): LookAlike<T>[] {
  const byName = new Map<string, T>();
  const byPhone = new Map<string, T>();
  const out: LookAlike<T>[] = [];
  for (const s of shops) {
    const name = shopKey(s.name);
    const phone = phoneKey(s.phone);
    const sameName = name === "" ? undefined : byName.get(name);
    const samePhone = phone === "" ? undefined : byPhone.get(phone);
    if (sameName) out.push({ first: sameName, second: s, by: "name" });
    else if (samePhone) out.push({ first: samePhone, second: s, by: "phone" });
    if (name !== "" && !byName.has(name)) byName.set(name, s);
    if (phone !== "" && !byPhone.has(phone)) byPhone.set(phone, s);
  }
  return out;
}

/** The known shop a new name or phone looks like (the record sidebar asks before adding it), or undefined. */
export function lookAlikeOf<T extends ShopLike>(shops: readonly T[], name: string, phone = ""): { shop: T; by: "name" | "phone" } | undefined {
  const key = shopKey(name);
  const digits = phoneKey(phone);
  for (const s of shops) if (key !== "" && shopKey(s.name) === key) return { shop: s, by: "name" };
  if (digits !== "") for (const s of shops) if (phoneKey(s.phone) === digits) return { shop: s, by: "phone" };
  return undefined;
}
