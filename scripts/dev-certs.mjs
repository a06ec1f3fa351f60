// HTTPS for the development server and the browser tests. Office only loads add-ins over HTTPS.
// First choice: office-addin-dev-certs, which makes a local CA and installs it so Office trusts localhost.
// It cannot install its CA on Linux without sudo, nor in CI; there a self-signed certificate made here with
// node:crypto takes its place (the browser then asks once to accept it).
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
export const FALLBACK_DIRECTORY = join(root, ".tmp", "dev-cert");
const HOSTS = ["localhost", "127.0.0.1"];
const VALID_DAYS = 90;
/** office-addin-dev-certs may ask for a password (sudo, keychain); do not wait forever in a script. */
const INSTALL_TIMEOUT_MS = 60_000;

// ---- DER, just the parts a certificate needs --------------------------------------------------------

function der(tag, ...contents) {
  const body = Buffer.concat(contents);
  let length;
  if (body.length < 0x80) length = Buffer.from([body.length]);
  else {
    const bytes = [];
    for (let n = body.length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

const sequence = (...items) => der(0x30, ...items);
const set = (...items) => der(0x31, ...items);
const explicit = (n, item) => der(0xa0 | n, item);
const utf8 = (text) => der(0x0c, Buffer.from(text, "utf8"));
const octets = (bytes) => der(0x04, bytes);
const bitString = (bytes) => der(0x03, Buffer.from([0]), bytes);
const boolean = (value) => der(0x01, Buffer.from([value ? 0xff : 0]));

function integer(bytes) {
  const trimmed = bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  return der(0x02, trimmed);
}

function oid(dotted) {
  const [first, second, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * first + second];
  for (const n of rest) {
    const groups = [];
    for (let v = n; ; v = Math.floor(v / 128)) {
      groups.unshift(v % 128);
      if (v < 128) break;
    }
    bytes.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
  }
  return der(0x06, Buffer.from(bytes));
}

function time(date) {
  const iso = date.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS
  return date.getUTCFullYear() < 2050 ? der(0x17, Buffer.from(`${iso.slice(2)}Z`)) : der(0x18, Buffer.from(`${iso}Z`));
}

function ipBytes(address) {
  return Buffer.from(address.split(".").map(Number));
}

function extension(id, critical, value) {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octets(value));
}

// ---- the certificate ---------------------------------------------------------------------------------

/** A self-signed ECDSA P-256 server certificate for `hosts` (names and IPv4 addresses), valid from now. */
export function createSelfSignedCertificate(hosts = HOSTS, days = VALID_DAYS, now = new Date()) {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const ecdsaWithSha256 = sequence(oid("1.2.840.10045.4.3.2"));
  const name = sequence(set(sequence(oid("2.5.4.10"), utf8("cchc-kiem-tra (phat trien)"))), set(sequence(oid("2.5.4.3"), utf8(hosts[0]))));
  const altNames = sequence(...hosts.map((host) => (isIP(host) === 4 ? der(0x87, ipBytes(host)) : der(0x82, Buffer.from(host, "ascii")))));
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x01;
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ecdsaWithSha256,
    name,
    sequence(time(new Date(now.getTime() - 60_000)), time(new Date(now.getTime() + days * 86_400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(
      3,
      sequence(
        extension("2.5.29.19", true, sequence()), // basicConstraints: not a CA
        extension("2.5.29.15", true, bitString(Buffer.from([0x80]))), // keyUsage: digitalSignature
        extension("2.5.29.37", false, sequence(oid("1.3.6.1.5.5.7.3.1"))), // extKeyUsage: serverAuth
        extension("2.5.29.17", false, altNames),
      ),
    ),
  );
  const signature = sign("sha256", tbs, { key: privateKey, dsaEncoding: "der" });
  const certificate = sequence(tbs, ecdsaWithSha256, bitString(signature));
  const base64 = certificate.toString("base64").replace(/(.{64})/g, "$1\n");
  return {
    key: privateKey.export({ type: "pkcs8", format: "pem" }),
    cert: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
  };
}

/** The fallback certificate, kept in .tmp/dev-cert so the browser's exception survives restarts. */
export function selfSignedHttpsOptions(directory = FALLBACK_DIRECTORY) {
  const keyPath = join(directory, "localhost.key");
  const certPath = join(directory, "localhost.crt");
  if (existsSync(keyPath) && existsSync(certPath)) {
    const cert = readFileSync(certPath, "utf8");
    const key = readFileSync(keyPath, "utf8");
    const x509 = new X509Certificate(cert);
    const stillValid = new Date(x509.validTo).getTime() > Date.now() + 86_400_000;
    if (stillValid && x509.checkPrivateKey(createPrivateKey(key))) return { key, cert, certPath };
  }
  const { key, cert } = createSelfSignedCertificate();
  mkdirSync(directory, { recursive: true });
  writeFileSync(keyPath, key, { mode: 0o600 });
  writeFileSync(certPath, cert);
  return { key, cert, certPath };
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * HTTPS options for the development server: `trusted` says whether Office will trust it without asking.
 * In CI (CI=true) the Microsoft tool is not tried, as it would try to change the machine's trust store.
 */
export async function devHttpsOptions({ log = console.log } = {}) {
  if (process.env.CI !== "true") {
    try {
      const devCerts = await import("office-addin-dev-certs");
      const options = await withTimeout(devCerts.getHttpsServerOptions(), INSTALL_TIMEOUT_MS);
      return { options, trusted: true };
    } catch (error) {
      const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
      log(`office-addin-dev-certs không cài được chứng thư (${reason}); dùng chứng thư tự ký.`);
      log(`office-addin-dev-certs could not install its certificate (${reason}); using a self-signed one.`);
    }
  }
  const { key, cert, certPath } = selfSignedHttpsOptions();
  return { options: { key, cert }, trusted: false, certPath };
}
