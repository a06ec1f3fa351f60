// The self-signed certificate that serves the pane where office-addin-dev-certs cannot install its CA.
import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get, createServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createSelfSignedCertificate, selfSignedHttpsOptions } from "../../scripts/dev-certs.mjs";

describe("self-signed development certificate", () => {
  test("names localhost and 127.0.0.1, is signed by its own key and valid from now for the days asked", () => {
    const now = new Date("2026-03-01T08:00:00Z");
    const { cert } = createSelfSignedCertificate(["localhost", "127.0.0.1"], 30, now);
    const x509 = new X509Certificate(cert);
    assert.equal(x509.checkHost("localhost"), "localhost");
    assert.equal(x509.checkIP("127.0.0.1"), "127.0.0.1");
    assert.equal(x509.checkHost("example.com"), undefined);
    assert.ok(x509.verify(x509.publicKey));
    assert.ok(new Date(x509.validFrom) <= now);
    assert.equal(new Date(x509.validTo).getTime(), now.getTime() + 30 * 86_400_000);
    assert.equal(x509.ca, false);
  });

  test("a TLS client that trusts it completes the handshake to a server using it", async () => {
    const { key, cert } = createSelfSignedCertificate();
    const server = createServer({ key, cert }, (_, response) => response.end("ok"));
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const body = await new Promise((resolve, reject) => {
        const options = { host: "127.0.0.1", port: server.address().port, servername: "localhost", ca: cert };
        get(options, (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => resolve(text));
        }).on("error", reject);
      });
      assert.equal(body, "ok");
    } finally {
      server.close();
    }
  });

  test("is kept between starts while valid, and made again when it expires", () => {
    const directory = mkdtempSync(join(tmpdir(), "cchc-cert-"));
    try {
      const first = selfSignedHttpsOptions(directory);
      assert.equal(selfSignedHttpsOptions(directory).cert, first.cert);
      const expiring = createSelfSignedCertificate(["localhost"], 0.5);
      writeFileSync(join(directory, "localhost.crt"), expiring.cert);
      writeFileSync(join(directory, "localhost.key"), expiring.key);
      const renewed = selfSignedHttpsOptions(directory);
      assert.notEqual(renewed.cert, expiring.cert);
      assert.equal(readFileSync(join(directory, "localhost.crt"), "utf8"), renewed.cert);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
