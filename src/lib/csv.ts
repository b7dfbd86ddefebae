/** CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds `"`, `,`, CR or LF. */

export const CSV_MEDIA_TYPE = "text/csv; charset=utf-8";

const NEEDS_QUOTES = /[",\r\n]/;

const field = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The header row, then one line a row; null is an empty field. */
export const toCsv = (header: string[], rows: (string | number | null)[][]) =>
  [header, ...rows].map((row) => `${row.map(field).join(",")}\r\n`).join("");
