// The table layer's public face: specs, reading, writing, settings, and the helpers other layers reuse.

export { type Cell, columnLetter, type Grid, isBlank, isDate, lastFilledRow } from "./cell";
export { type CellOptions, displayCell, formatValue, guardText, readCell } from "./codec";
export {
  dateToLocalDate,
  dateToLocalDateTime,
  formatLocalDate,
  isValidLocalDate,
  localDateToDate,
  parseDateCell,
  type ZoneOptions,
} from "./dates";
export { renderTabsMarkdown } from "./docs";
export * from "./enums";
export {
  formatGradeList,
  gradeOfClass,
  identityKey,
  keyOfColumn,
  looksLikeFullName,
  matchOption,
  normalizeClassName,
  normalizeHeader,
  parseBoolean,
  parseClassSelector,
  parseGrade,
  parseGradeList,
  parseKlimovTypes,
  parseNumber,
  splitList,
} from "./normalize";
export {
  assertHeader,
  type HeaderMap,
  latestParticipation,
  mapHeader,
  type ReadOptions,
  type ReadResult,
  type RowError,
  readTable,
  rowError,
  TableError,
} from "./read";
export {
  formatSettings,
  normalizeSchoolYear,
  parseSettings,
  type SettingsOptions,
  settingsParamOf,
  settingsPatches,
} from "./settings";
export * from "./specs";
export {
  appendRows,
  type CellPatch,
  findRowById,
  formatRecord,
  headerRow,
  nextId,
  patchById,
  patchRow,
} from "./write";
