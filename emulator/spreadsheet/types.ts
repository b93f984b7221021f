// Short names for the @types/google-apps-script interfaces the emulated classes implement a Pick<> of.

export type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GasRange = GoogleAppsScript.Spreadsheet.Range;
export type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GasValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type GasMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
export type GasMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
export type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
export type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type GasContainerInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;
export type GasChartOptions = GoogleAppsScript.Charts.ChartOptions;
export type GasUi = GoogleAppsScript.Base.Ui;
export type GasMenu = GoogleAppsScript.Base.Menu;
export type GasPromptResponse = GoogleAppsScript.Base.PromptResponse;
export type GasButton = GoogleAppsScript.Base.Button;
export type GasUser = GoogleAppsScript.Base.User;

/** Our classes implement a Pick<> of these interfaces; where a method returns one, the wrapper is handed out as it. */
export function asGas<T>(x: object): T {
  return x as unknown as T;
}
