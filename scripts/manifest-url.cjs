// The manifest's URLs: manifest.xml points at the development server; a production build points it at
// the address where the add-in is hosted (ADDIN_URL). Used by webpack.config.js, checked by test/manifest.

/** The origin every URL in manifest.xml starts with. */
const DEV_URL = "https://localhost:3000";

/** ADDIN_URL without its trailing slash, or the development origin; anything but https is refused. */
function addinUrl(value = process.env.ADDIN_URL) {
  const url = (value || DEV_URL).replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(url)) {
    throw new Error(`ADDIN_URL phải là địa chỉ https://…, không phải "${url}" (ADDIN_URL must be an https:// URL).`);
  }
  return url;
}

/** The manifest with every development URL moved to `url`. */
function manifestFor(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
