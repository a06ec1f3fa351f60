import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { builtinModules } from "node:module";

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
    // The engine must stay pure: no Office, no DOM, no UI, no file system; the shells import it, never the reverse.
    // Its tests may read fixtures from disk.
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "OfficeExtension", "Excel", "document", "window", "navigator", "localStorage", "fetch", "XMLHttpRequest"].map(
          (name) => ({
            name,
            message: "src/domain is pure: the host and the browser belong to the shells.",
          }),
        ),
        ...["process", "Buffer", "require", "__dirname", "__filename"].map((name) => ({
          name,
          message: "src/domain is pure: Node belongs to the CLI and the readers.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({ name, message: "src/domain is pure: Node belongs to the CLI and the readers." })),
          patterns: [
            { group: ["node:*"], message: "src/domain is pure: Node belongs to the CLI and the readers." },
            {
              group: [
                "react",
                "react/**",
                "react-dom",
                "react-dom/**",
                "preact",
                "preact/**",
                "@fluentui/**",
                "exceljs",
                "mammoth",
                "pdfjs-dist",
                "pdfjs-dist/**",
              ],
              message: "src/domain is pure: UI and file-format libraries belong to the shells.",
            },
            {
              group: [
                "**/excel",
                "**/excel/**",
                "**/taskpane",
                "**/taskpane/**",
                "**/commands",
                "**/commands/**",
                "**/cli",
                "**/cli/**",
                "**/readers",
                "**/readers/**",
                "**/xlsx",
                "**/xlsx/**",
              ],
              message: "src/domain imports no shell: the shells import it.",
            },
          ],
        },
      ],
    },
  },
);
