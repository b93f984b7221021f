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
  // Jest's default on a 2-core machine is one worker (cores − 1), i.e. every suite in turn: two halve the wall time,
  // since each suite is single-threaded and the longest (the fault sweeps) would otherwise wait behind the rest.
  maxWorkers: 2,
};
