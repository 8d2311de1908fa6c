/** The number formats the add-on gives the cells it formats: yuan to the fen, ISO dates. */
export const MONEY_FORMAT = "¥#,##0.00";
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
/** Plain text: what is typed stays as typed (a receipt number 00123 keeps its zeros, a link is not reformatted). */
export const TEXT_FORMAT = "@";
