import { decodeCsvBytes, parseCsv } from "../../src/domain/csv";
import { finishes } from "../hang-guard";

describe("parseCsv", () => {
  test("plain rows, with LF, CRLF or CR line ends alike", () => {
    const expected = [
      ["姓名", "提交时间"],
      ["张伟", "2026/11/4 19:03:12"],
    ];
    expect(parseCsv("姓名,提交时间\n张伟,2026/11/4 19:03:12")).toEqual(expected);
    expect(parseCsv("姓名,提交时间\r\n张伟,2026/11/4 19:03:12\r\n")).toEqual(expected);
    expect(parseCsv("姓名,提交时间\r张伟,2026/11/4 19:03:12\r")).toEqual(expected);
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  test("a UTF-8 byte order mark is dropped, and only at the start", () => {
    expect(parseCsv("\uFEFF序号,姓名\n1,张伟")).toEqual([
      ["序号", "姓名"],
      ["1", "张伟"],
    ]);
    expect(parseCsv("a,\uFEFFb")).toEqual([["a", "\uFEFFb"]]);
  });

  test("the line break after the last row makes no row; a blank line inside is a row of one empty field", () => {
    expect(parseCsv("a,b\n")).toEqual([["a", "b"]]);
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv("a\n\n")).toEqual([["a"], [""]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
    expect(parseCsv("\n")).toEqual([[""]]);
  });

  test("quoted fields hold commas, line breaks and doubled quotes", () => {
    expect(parseCsv('张伟,"堵车, 抱歉","他说""马上到"""\r\n李娜,"家里有事\r\n先走了",""')).toEqual([
      ["张伟", "堵车, 抱歉", '他说"马上到"'],
      ["李娜", "家里有事\r\n先走了", ""],
    ]);
  });

  test("empty fields, at the ends too, and ragged rows are kept as they are", () => {
    expect(parseCsv(",a,\n1\n1,2,3,4")).toEqual([["", "a", ""], ["1"], ["1", "2", "3", "4"]]);
  });

  test("a quote that is never closed takes the rest of the text; text after a closing quote stays in the field", () => {
    expect(parseCsv('a,"b,c\nd')).toEqual([["a", "b,c\nd"]]);
    expect(parseCsv('"a"b,c')).toEqual([["ab", "c"]]);
    expect(parseCsv('a"b,c')).toEqual([['a"b', "c"]]);
  });

  test("linear time: long fields, many quotes and many rows finish at once", () => {
    const n = 100_000;
    expect(finishes(() => parseCsv(`"${'""'.repeat(n)}`))).toEqual([['"'.repeat(n)]]);
    expect(finishes(() => parseCsv(`${"x".repeat(n)},"${"y\n".repeat(n)}"`))[0][0]).toHaveLength(n);
    const rows = finishes(() => parseCsv("张伟,2026/11/4 19:03:12\n".repeat(n)));
    expect(rows).toHaveLength(n);
    expect(finishes(() => parseCsv(",".repeat(n)))[0]).toHaveLength(n + 1);
  });
});

describe("decodeCsvBytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  test("UTF-8, with or without a byte order mark", () => {
    expect(decodeCsvBytes(utf8("姓名,张伟"))).toBe("姓名,张伟");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("姓名,张伟")]))).toBe("姓名,张伟");
    expect(decodeCsvBytes(new Uint8Array())).toBe("");
  });

  test("GBK, as Excel in China saves CSV, when the bytes are not UTF-8", () => {
    // 姓名,张伟 / 提交时间 / 签到类型签退 in GBK.
    expect(decodeCsvBytes(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xce, 0xb0]))).toBe("姓名,张伟");
    expect(decodeCsvBytes(new Uint8Array([0xcc, 0xe1, 0xbd, 0xbb, 0xca, 0xb1, 0xbc, 0xe4]))).toBe("提交时间");
    expect(parseCsv(decodeCsvBytes(new Uint8Array([0xc7, 0xa9, 0xb5, 0xbd, 0xc0, 0xe0, 0xd0, 0xcd, 0x0d, 0x0a, 0xc7, 0xa9, 0xcd, 0xcb, 0x0d, 0x0a])))).toEqual([
      ["签到类型"],
      ["签退"],
    ]);
  });

  test("UTF-16 with its byte order mark (Excel's Unicode text)", () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0xd3, 0x59, 0x0d, 0x54]))).toBe("姓名");
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0x59, 0xd3, 0x54, 0x0d]))).toBe("姓名");
  });
});
