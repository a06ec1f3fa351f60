import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Browser tests hand functions to page.evaluate, which run in the page.
    files: ["test/browser/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // src/excel is the only code that talks to the workbook; everything else takes and returns plain data.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']", message: "Excel.run belongs in src/excel." },
      ],
    },
  },
  {
    // The ribbon's commands share wording with the pane through src/presentation, never the pane's code itself.
    files: ["src/commands/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/taskpane", "**/taskpane/**"] }] },
  },
  {
    // The engine must stay pure: no Office, no DOM, no React.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "../excel/*", "../taskpane/*"] }],
    },
  },
);
