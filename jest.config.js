// Jest: unit (domain, tables, emulator), integration (built bundle in the emulator), e2e (Chromium).
/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
];
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 30000,
};
