/**
 * How much of a sign-in export the page sends and the server accepts, and why the server does not
 * go ahead with an import. The page's own checks of a file are in signin-file.ts, apart, so the
 * server's bundle carries none of their words.
 */
import { text } from "../domain/text";

export const SIGNIN_LIMITS = {
  /** Rows of the export, header and title rows included. */
  rows: 5000,
  columns: 50,
  /** Characters per cell: a name or a time is far shorter; a longer cell is a comment, cut. */
  cell: 500,
  /** The file the page reads (.csv or .xlsx). */
  fileBytes: 5 * 1024 * 1024,
  /** What an .xlsx's sheet may unpack to: a zip bomb is refused before it fills the memory. */
  unpackedBytes: 60 * 1024 * 1024,
} as const;

/** Why the server does not go ahead with an import. */
export const SIGNIN_REFUSAL = {
  noTab: text("没有名为“{tab}”的工作表：它可能已被改名或删除", 'There is no tab named "{tab}": it may have been renamed or deleted'),
  notExportTab: text(
    "“{tab}”是本部门自己的工作表，不是签到导出，不能从中导入：请选择用“文件 → 导入”插入的导出工作表",
    '"{tab}" is one of the department\'s own tabs, not a sign-in export, so nothing is imported from it: choose the tab the export was brought into with File → Import',
  ),
  tabTooLong: text(
    "“{tab}”有 {rows} 行，最多只能导入 {max} 行：请只保留这次例会的提交",
    '"{tab}" has {rows} rows; at most {max} can be imported. Keep only this meeting\'s submissions',
  ),
  pickColumns: text("请先选择哪一列是姓名、哪一列是提交时间", "Choose which column holds the name and which the submission time first"),
  changed: text(
    "预览之后表格或导出有了变化（成员、请假、设置或提交记录），未写入任何内容：请查看新的预览后再确认",
    "The sheet or the export changed since the preview (members, leave, settings or submissions); nothing was written. Check the new preview, then confirm again",
  ),
  nothingToWrite: text("没有需要写入的签到：预览中没有可以记录的成员", "Nothing to write: the preview marks no member"),
};
