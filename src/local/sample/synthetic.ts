/**
 * Synthetic workbooks of any size, with the same six tabs and headers as the
 * sample workbook, for benchmarking the add-on on a year of data (2026-01 …
 * 2026-12) far larger than any real department keeps. Fully deterministic for a
 * given seed: a small PRNG, no Math.random, no dependence on the process TZ.
 */

import { type CellValue, HEADERS, type Tab } from "./workbook";

export interface SyntheticOptions {
  ledgerRows: number;
  members: number;
  meetings: number;
  seed?: number;
}

// Globals used in the hot loops are bound once. In sandboxed contexts such as
// Node's vm module (which jest runs tests in) every lookup of a global like Math
// or Date goes through the sandbox's global object and is several times slower
// than a module-level binding; this keeps 100,000 rows well under a second there.
const { floor, imul, round } = Math;
const DateCtor = Date;

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Midnight 2026-01-01 in Asia/Shanghai. */
const YEAR_START_MS = Date.UTC(2026, 0, 1) - SHANGHAI_OFFSET_MS;
/** First weekly meeting: Wednesday 2026-01-07. */
const FIRST_MEETING_MS = Date.UTC(2026, 0, 7) - SHANGHAI_OFFSET_MS;

/** Midnight Asia/Shanghai, `days` days after 2026-01-01. */
function dayOf2026(days: number): Date {
  return new DateCtor(YEAR_START_MS + days * DAY_MS);
}

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "高",
  "林",
  "罗",
  "郑",
  "梁",
  "谢",
  "宋",
  "唐",
  "许",
  "韩",
  "冯",
  "邓",
  "曹",
  "彭",
  "曾",
  "肖",
  "田",
  "董",
  "袁",
  "潘",
  "于",
  "蒋",
  "蔡",
];
const GIVEN = [
  "浩然",
  "欣怡",
  "子涵",
  "雨桐",
  "思远",
  "一鸣",
  "晓雯",
  "嘉豪",
  "佳琪",
  "宇轩",
  "诗涵",
  "志鹏",
  "静怡",
  "骁",
  "梦瑶",
  "俊熙",
  "若曦",
  "博文",
  "雅婷",
  "天佑",
  "可馨",
  "明轩",
  "语嫣",
  "皓宇",
  "思琪",
  "泽宇",
  "欣然",
  "梓萱",
  "家乐",
  "婉清",
  "子豪",
  "晨曦",
  "文博",
  "雨欣",
  "俊杰",
  "心怡",
  "昊天",
  "诗琪",
  "睿",
  "婧",
  "凯",
  "琳",
  "磊",
  "倩",
  "航",
  "颖",
];
const GROUP_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * Unique member names: surname varies fastest; the given name is offset per
 * surname so consecutive members do not share it. Past 40×46 names a numeric
 * suffix keeps them unique (only reached by very large benchmarks).
 */
function memberName(i: number): string {
  const s = i % SURNAMES.length;
  const k = floor(i / SURNAMES.length);
  const g = (k + 7 * s) % GIVEN.length;
  const round = floor(k / GIVEN.length);
  return SURNAMES[s] + GIVEN[g] + (round > 0 ? String(round + 1) : "");
}

interface ShopKind {
  category: string;
  bases: string[];
  /** Branch suffix, e.g. 店 for shops, 营业厅 for carriers, 支行 for banks. */
  branch: string;
}
const SHOPS: ShopKind[] = [
  { category: "书店", bases: ["新华书店", "博文书店", "墨香书屋", "书虫书吧"], branch: "店" },
  { category: "餐饮", bases: ["老街麻辣烫", "川味小厨", "黄焖鸡米饭", "好再来烧烤", "兰州拉面", "沙县小吃"], branch: "店" },
  { category: "服装", bases: ["衣品阁服饰", "潮流前线运动服饰", "乐途户外运动"], branch: "店" },
  { category: "礼品", bases: ["花语礼品屋", "小确幸文创", "云顶花店"], branch: "店" },
  { category: "通信", bases: ["中国联通", "中国移动", "中国电信"], branch: "营业厅" },
  { category: "银行", bases: ["中国建设银行", "招商银行", "中国工商银行", "中国农业银行"], branch: "支行" },
  { category: "培训", bases: ["新东方学校", "华图教育", "中公教育", "通达驾校"], branch: "校区" },
  { category: "打印", bases: ["启航打印店", "金印图文", "文印之家"], branch: "店" },
  { category: "奶茶", bases: ["蜜雪冰城", "茶百道", "一点点", "CoCo都可"], branch: "店" },
];
const SHOP_LIST: { category: string; base: string; branch: string }[] = SHOPS.flatMap((k) =>
  k.bases.map((base) => ({ category: k.category, base, branch: k.branch })),
);
const PLACES = ["东门", "西门", "南门", "北门", "学府路", "大学城", "文昌路", "科技园", "高新", "老校区"];

function sponsorName(i: number): { name: string; category: string } {
  const shop = SHOP_LIST[i % SHOP_LIST.length];
  const k = floor(i / SHOP_LIST.length);
  const place = PLACES[k % PLACES.length];
  const round = floor(k / PLACES.length);
  return { name: `${shop.base}(${place}${round > 0 ? round + 1 : ""}${shop.branch})`, category: shop.category };
}

/** Twenty events over the year, with sponsorship target and budget in yuan. */
const EVENTS: [name: string, dayOfYear: number, target: number, budget: number][] = [
  ["寒假社会实践", 10, 2000, 150],
  ["元宵游园会", 62, 4000, 300],
  ["春季招新", 66, 1000, 150],
  ["植树节志愿活动", 70, 1000, 150],
  ["读书节", 95, 3000, 200],
  ["春季运动会", 110, 5000, 300],
  ["五四青年节晚会", 123, 8000, 500],
  ["英语演讲比赛", 130, 2000, 200],
  ["校园招聘会", 140, 6000, 400],
  ["毕业晚会", 170, 10000, 500],
  ["暑期支教", 190, 3000, 300],
  ["迎新晚会", 268, 8000, 500],
  ["考研经验讲座", 287, 2000, 150],
  ["秋季运动会", 295, 5000, 300],
  ["新生辩论赛", 310, 3000, 200],
  ["社团文化节", 317, 6000, 400],
  ["志愿服务周", 333, 1000, 150],
  ["十佳歌手大赛", 338, 5000, 300],
  ["篮球联赛", 345, 4000, 300],
  ["元旦晚会", 363, 10000, 500],
];

const STAGES = ["潜在", "联系中", "洽谈中", "已签约", "长期合作", "已拒绝"];
const GOODS: [text: string, value: number][] = [
  ["帐篷 2 顶", 600],
  ["横幅 1 条", 200],
  ["奖品 20 份", 400],
  ["矿泉水 10 箱", 300],
  ["T恤 30 件", 1500],
  ["海报印刷 100 张", 300],
  ["奶茶券 50 张", 250],
  ["笔记本 50 本", 250],
];

function checkCount(name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new RangeError(`syntheticTabs: ${name} must be an integer >= ${min}, got ${v}`);
}

function yuan(fen: number): number {
  return fen / 100;
}

/**
 * Commission for a month is paid on the 6th of the next month; December rows
 * are not paid yet. Indexed by day of 2026.
 */
const PAYOUT_MS_BY_DAY: (number | null)[] = Array.from({ length: 365 }, (_, day) => {
  const month = new Date(Date.UTC(2026, 0, 1 + day)).getUTCMonth();
  return month < 11 ? Date.UTC(2026, month + 1, 6) - SHANGHAI_OFFSET_MS : null;
});

function payoutFor(day: number): CellValue {
  const ms = PAYOUT_MS_BY_DAY[day];
  return ms === null ? "" : new DateCtor(ms);
}

/** k distinct member indexes (k <= n). */
function distinct(rand: () => number, n: number, k: number): number[] {
  const out: number[] = [];
  while (out.length < k) {
    const j = floor(rand() * n);
    if (!out.includes(j)) out.push(j);
  }
  return out;
}

/**
 * 经办人 as departments write it: mostly one name (70%), equal splits of two or
 * three names with 、 or a comma (20%), or a weighted split (10%).
 */
function creditFor(rand: () => number, names: string[]): string {
  const c = rand();
  if (c < 0.7 || names.length < 2) return names[floor(rand() * names.length)];
  if (c < 0.9) {
    const k = names.length >= 3 && rand() < 0.35 ? 3 : 2;
    const sep = rand() < 0.6 ? "、" : ",";
    return distinct(rand, names.length, k)
      .map((j) => names[j])
      .join(sep);
  }
  if (names.length >= 3 && rand() < 0.3) {
    const [a, b, e] = distinct(rand, names.length, 3);
    return `${names[a]} 50%、${names[b]} 30%、${names[e]} 20%`;
  }
  const [a, b] = distinct(rand, names.length, 2);
  return `${names[a]} 60%、${names[b]} 40%`;
}

function formatThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The six tabs, sized as asked: `members` members in up to 10 groups, about
 * members/2 sponsors, 20 events, `ledgerRows` ledger rows in date order over
 * 2026, and an attendance grid of `members` rows × `meetings` weekly Wednesday
 * columns from 2026-01-07.
 */
export function syntheticTabs(o: SyntheticOptions): Tab[] {
  checkCount("members", o.members, 1);
  checkCount("ledgerRows", o.ledgerRows, 0);
  checkCount("meetings", o.meetings, 0);
  const rand = prng(o.seed ?? 2026);
  const pick = <T>(xs: readonly T[]): T => xs[floor(rand() * xs.length)];

  // 成员
  const groupCount = Math.min(10, o.members);
  const names: string[] = new Array(o.members);
  const groups: string[] = new Array(o.members);
  const memberRows: CellValue[][] = [[...HEADERS.成员]];
  for (let i = 0; i < o.members; i++) {
    names[i] = memberName(i);
    groups[i] = `${GROUP_NUMERALS[i % groupCount]}组`;
    const role = i === 0 ? "部长" : i <= 2 ? "副部长" : "干事";
    const r = rand();
    const status = i < 3 ? "在部" : r < 0.05 ? "离部" : r < 0.08 ? "" : "在部";
    memberRows.push([names[i], groups[i], role, status, `138${String(10000000 + i).padStart(8, "0")}`, ""]);
  }

  // 赞助商
  const sponsorCount = Math.max(1, round(o.members / 2));
  const sponsors: string[] = new Array(sponsorCount);
  const sponsorRows: CellValue[][] = [[...HEADERS.赞助商]];
  for (let i = 0; i < sponsorCount; i++) {
    const { name, category } = sponsorName(i);
    sponsors[i] = name;
    const stage = pick(STAGES);
    const last = stage === "潜在" ? "" : dayOf2026(floor(rand() * 365));
    const next = stage === "已拒绝" || rand() < 0.3 ? "" : dayOf2026(300 + floor(rand() * 60));
    sponsorRows.push([
      name,
      category,
      `${pick(SURNAMES)}经理`,
      `139${String(20000000 + i).padStart(8, "0")}`,
      `wx: sponsor${i + 1}`,
      pick(names),
      stage,
      last,
      next,
      "",
      "",
    ]);
  }

  // 活动
  const eventRows: CellValue[][] = [[...HEADERS.活动]];
  for (const [name, day, target, budget] of EVENTS) {
    eventRows.push([name, dayOf2026(day), pick(names), target, budget, ""]);
  }

  // 赞助记录: rows in date order; credit mostly single, some equal and weighted splits.
  const ledgerRows: CellValue[][] = new Array(o.ledgerRows + 1);
  ledgerRows[0] = [...HEADERS.赞助记录];
  for (let i = 0; i < o.ledgerRows; i++) {
    const day = floor((i * 365) / o.ledgerRows);
    const credit = creditFor(rand, names);
    const s = rand();
    const status = s < 0.85 ? "已到账" : s < 0.95 ? "意向" : "已取消";
    const refund = status === "已到账" && rand() < 0.01;

    let cash: CellValue = "";
    let goods = "";
    let goodsValue: CellValue = "";
    const kind = rand();
    if (refund) {
      cash = -100 * (1 + floor(rand() * 5));
    } else {
      if (kind < 0.85) {
        // Mostly round hundreds, sometimes with jiao/fen.
        const fen = rand() < 0.8 ? 100 * 100 * (1 + floor(rand() * 50)) : 1000 + floor(rand() * 500000);
        const t = rand();
        if (t < 0.03) cash = `¥${formatThousands(round(fen / 100))}`;
        else if (t < 0.05) cash = `${round(fen / 100)}元`;
        else cash = yuan(fen);
      }
      if (kind >= 0.7) {
        const [text, value] = pick(GOODS);
        goods = text;
        goodsValue = value;
      }
    }

    const paid = status === "已到账" ? payoutFor(day) : "";
    ledgerRows[i + 1] = [
      dayOf2026(day),
      pick(sponsors),
      EVENTS[floor(rand() * EVENTS.length)][0],
      credit,
      cash,
      goods,
      goodsValue,
      status,
      "",
      paid,
      refund ? "退款" : "",
    ];
  }

  // 考勤
  const header: CellValue[] = [...HEADERS.考勤];
  for (let m = 0; m < o.meetings; m++) header.push(new Date(FIRST_MEETING_MS + m * 7 * DAY_MS));
  const gridRows: CellValue[][] = [header];
  for (let i = 0; i < o.members; i++) {
    const row: CellValue[] = new Array(o.meetings + 2);
    row[0] = names[i];
    row[1] = groups[i];
    for (let m = 0; m < o.meetings; m++) {
      const r = rand();
      row[m + 2] =
        r < 0.6
          ? "出席"
          : r < 0.85
            ? "✓"
            : r < 0.89
              ? "迟到"
              : r < 0.91
                ? "早退"
                : r < 0.95
                  ? "请假"
                  : r < 0.965
                    ? "缺席"
                    : r < 0.97
                      ? "旷会"
                      : r < 0.975
                        ? "未批假"
                        : r < 0.978
                          ? "迟到+早退"
                          : "";
    }
    gridRows.push(row);
  }

  // 设置: the same rules as the sample; the benchmark covers the whole calendar year.
  const settingsRows: CellValue[][] = [
    [...HEADERS.设置],
    ["佣金比例", 0.15, "赞助成功者获得赞助金额的 15% 作为奖励"],
    ["佣金基数", "仅现金", "佣金只按现金计算, 物资不计佣金"],
    ["迟到罚款", 5, "每次迟到罚款 (元)"],
    ["早退罚款", 5, "每次早退罚款 (元)"],
    ["缺席罚款", 20, "无故缺席或未经批准请假, 每次罚款 (元)"],
    ["迟到早退警告次数", 2, "本学期迟到、早退累计达到此次数, 提醒部长审核"],
    ["缺席警告次数", 1, "本学期缺席例会达到此次数, 提醒部长审核"],
    ["学期开始", dayOf2026(0), "统计从这天开始"],
    ["部门名称", "XX大学学生会外联部", "显示在月报标题中"],
    ["报告语言", "zh", "月报语言: zh 中文, en 英文"],
  ];

  return [
    { name: "成员", rows: memberRows },
    { name: "赞助商", rows: sponsorRows },
    { name: "活动", rows: eventRows },
    { name: "赞助记录", rows: ledgerRows },
    { name: "考勤", rows: gridRows },
    { name: "设置", rows: settingsRows },
  ];
}
