/** Unit and adapter tests: TypeScript through ts-jest, beside the code they test. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/support/fastCheckSeed.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true } }],
  },
};
