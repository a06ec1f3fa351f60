/**
 * Browser entry of the Office double: bundled into a test page, it installs `Office`, `Excel`
 * and `OfficeExtension` on window before the add-in's code loads, and exposes the double as
 * `window.officeDouble` so the browser test can read syncs, writes and cells.
 */
import { installOfficeDouble, type OfficeDoubleOptions } from "./officeDouble";

declare global {
  interface Window {
    officeDouble: ReturnType<typeof installOfficeDouble>;
    /** Set by the page before this script runs, to configure the double (requirement sets, platform). */
    officeDoubleOptions?: OfficeDoubleOptions;
  }
}

window.officeDouble = installOfficeDouble(window, window.officeDoubleOptions ?? {});
