// Drive Debian's chromium with playwright-core: open the room URL, let the stand-in page
// connect, print its results as JSON.  Input (stdin, JSON, so no secret is on argv):
// { url, hostMap: {name: address}, executable, params: {user, password} }.
import { chromium } from "playwright-core";

const input = JSON.parse(await new Promise((resolve) => {
    let data = "";
    process.stdin.on("data", (c) => { data += c; });
    process.stdin.on("end", () => resolve(data));
}));
const rules = Object.entries(input.hostMap).map(([n, a]) => `MAP ${n} ${a}`).join(",");
const browser = await chromium.launch({
    executablePath: input.executable,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           `--host-resolver-rules=${rules}`],
});
const out = { navigations: [] };
try {
    // The site's certificate is self-signed (or from the test's own CA): not in chromium's store.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    page.on("response", (r) => {
        if (r.request().isNavigationRequest()) out.navigations.push([r.status(), r.url()]);
    });
    const response = await page.goto(input.url, { waitUntil: "load", timeout: 20000 });
    out.finalUrl = page.url();
    out.status = response ? response.status() : null;
    out.title = await page.title();
    const ready = await page.evaluate(() => typeof window.standin === "function"
                                             && typeof config === "object");
    out.results = ready ? await page.evaluate((p) => window.standin(p), input.params) : null;
} catch (e) {
    out.error = String(e);
} finally {
    await browser.close();
}
process.stdout.write(JSON.stringify(out));
