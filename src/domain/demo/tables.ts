// Reading the demo's data tables: one record a line, cells separated by "|", lists by ";" or ",".

/** The rows of a pipe table: cells trimmed; blank lines and lines starting with "#" are skipped. */
export function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
}

/** The items of a list cell separated by ";" (or "," when `comma`), trimmed, blanks dropped. */
export function listCell(cell: string | undefined, comma = false): string[] {
  return (cell ?? "")
    .split(comma ? /[;,]/ : ";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The grades of "5-9", "1-4, 10-11" or "7"; throws on anything else (the demo tables are ours). */
export function gradesCell(cell: string): number[] {
  const grades: number[] = [];
  for (const part of listCell(cell, true)) {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
    if (!m) throw new Error(`Bad grades in a demo table: ${cell}`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let g = from; g <= to; g++) grades.push(g);
  }
  return grades;
}

/** The cell itself, or undefined when it is blank or "-". */
export function optionalCell(cell: string | undefined): string | undefined {
  const s = (cell ?? "").trim();
  return s === "" || s === "-" ? undefined : s;
}
