// Every text the browser voter shows goes through t() or tn() (web/i18n.js);
// this checks that the Dutch covers each of them, so no English slips into
// the Dutch page. Run by run.sh before the browser test.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web");
globalThis.location = { search: "?lang=nl" };
globalThis.navigator = { languages: ["nl"] };
const { NL, NL_PLURAL } = await import(join(web, "i18n.js"));

const missing = [];
let count = 0;
for (const file of readdirSync(web).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(join(web, file), "utf8");
    for (const m of source.matchAll(/\bt\("((?:[^"\\]|\\.)*)"\)/g)) {
        count++;
        const text = JSON.parse(`"${m[1]}"`);
        if (typeof NL[text] !== "string" || NL[text] === "")
            missing.push(`${file}: t(${JSON.stringify(text)})`);
    }
    for (const m of source.matchAll(/\btn\([^,]+, "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)/g)) {
        count++;
        const one = JSON.parse(`"${m[1]}"`);
        if (!Array.isArray(NL_PLURAL[one]) || NL_PLURAL[one].length !== 2)
            missing.push(`${file}: tn(${JSON.stringify(one)})`);
    }
}
if (count < 100 || missing.length > 0) {
    console.error(`i18n: ${count} texts found; without Dutch:\n${missing.join("\n")}`);
    process.exit(1);
}
console.log(`i18n: all ${count} texts of web/ have Dutch`);
