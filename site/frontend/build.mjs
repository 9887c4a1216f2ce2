// Builds the front end into site/static/build: `npm run build` (called by make).
// GOV.UK Frontend and the Noto fonts come from npm; nothing built is committed.
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import rtlcss from "rtlcss";
import * as sass from "sass";

const root = path.resolve(import.meta.dirname, "..", "..");
const out = path.join(root, "site", "static", "build");
const modules = path.join(root, "node_modules");

// Latin, Cyrillic and Turkish; Arabic and Urdu; Bengali; Chinese. Each face
// declares its unicode-range, and _fonts.scss names only the page language's
// families, so a browser downloads only the files for the page's own script.
// Every page downloads the rules, so only subsets a site language writes in
// are kept: the script families' own Latin and Cyrillic copies are never used
// (Noto Sans comes first in every font stack), nor are Greek, Devanagari or
// Vietnamese. `null` keeps subsets not named in the family's own script list.
const FONT_FAMILIES = {
  "noto-sans": ["latin", "latin-ext", "cyrillic", "cyrillic-ext"],
  "noto-sans-arabic": ["arabic", "math", "symbols"],
  "noto-sans-bengali": ["bengali"],
  // Chinese spreads over about a hundred numbered subsets: all but the copies.
  "noto-sans-sc": null,
};
const SHADOWED = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "vietnamese"];
const FONT_WEIGHTS = [400, 700];

function keptSubset(family, file) {
  const subset = file.slice(family.length + 1).replace(/-\d+-normal\.woff2$/, "");
  const kept = FONT_FAMILIES[family];
  return kept ? kept.includes(subset) : !SHADOWED.includes(subset);
}

// The @font-face rules of some families, with their woff2 files copied beside.
async function buildFonts(families) {
  const fontsDir = path.join(out, "fonts");
  await mkdir(fontsDir, { recursive: true });
  const faces = [];
  for (const family of families) {
    for (const weight of FONT_WEIGHTS) {
      const dir = path.join(modules, "@fontsource", family);
      const css = await readFile(path.join(dir, `${weight}.css`), "utf8");
      const files = new Set();
      for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
        const file = rule.match(/url\(\.\/files\/([\w.-]+\.woff2)\)/)[1];
        if (!keptSubset(family, file)) continue;
        files.add(file);
        // Keep only the woff2 source: every browser we support reads it.
        faces.push(
          rule
            // `optional`, not fontsource's `swap`: a font that arrives late is
            // left for the next page rather than swapped in, which would move
            // text (the language menu most of all) under the reader's eyes.
            // base.html preloads each language's own files so they arrive in time.
            .replaceAll("font-display: swap;", "font-display: optional;")
            .replace(
              /url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\), url\(\.\/files\/[\w.-]+\.woff\) format\('woff'\)/,
              `url(fonts/${file}) format('woff2')`,
            ),
        );
      }
      await Promise.all(
        [...files].map((file) => copyFile(path.join(dir, "files", file), path.join(fontsDir, file))),
      );
    }
  }
  return faces.join("\n");
}

// Sass marks non-ASCII output with a byte-order mark, which would break the
// first rule once files are joined; declare the charset once instead.
const CHARSET = '@charset "UTF-8";\n';

function compile(entry) {
  const { css } = sass.compile(path.join(root, "site", "frontend", entry), {
    style: "compressed",
    importers: [new sass.NodePackageImporter()],
    quietDeps: true,
  });
  // Sass leaves a function it does not know in the CSS as written, which
  // browsers then ignore: GOV.UK's helpers must be called through `govuk.`.
  const unknown = css.match(/govuk-[\w-]+\([^)]*\)/);
  if (unknown) throw new Error(`${entry}: ${unknown[0]} is not a function Sass knows; call govuk.${unknown[0]}`);
  return css.replace(/^\uFEFF/, "");
}

async function buildScripts() {
  const govuk = path.join(modules, "govuk-frontend", "dist", "govuk");
  await copyFile(path.join(govuk, "govuk-frontend.min.js"), path.join(out, "govuk-frontend.min.js"));
  await copyFile(path.join(root, "site", "frontend", "site.js"), path.join(out, "site.js"));
  // Leaflet, for the map pages load only when a tile server is set (docs/map.md).
  const leaflet = path.join(modules, "leaflet", "dist");
  await mkdir(path.join(out, "leaflet"), { recursive: true });
  // With its source map: the static files' manifest checks that what a file names exists.
  for (const name of ["leaflet.js", "leaflet.js.map", "leaflet.css"]) {
    await copyFile(path.join(leaflet, name), path.join(out, "leaflet", name));
  }
  await cp(path.join(leaflet, "images"), path.join(out, "leaflet", "images"), { recursive: true });
  await copyFile(path.join(root, "site", "frontend", "map.js"), path.join(out, "map.js"));
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const fontFaces = await buildFonts(["noto-sans", "noto-sans-arabic", "noto-sans-bengali"]);
// Chinese faces are most of the font rules: only the PDFs (core/pdf.py) load
// them; Chinese pages use the reader's system font.
await writeFile(
  path.join(out, "fonts-sc.css"),
  `${CHARSET}${await buildFonts(["noto-sans-sc"])}\n`,
);
const siteCss = compile("site.scss");
await writeFile(path.join(out, "site.css"), `${CHARSET}${fontFaces}\n${siteCss}`);
// Right-to-left pages get the same stylesheet mirrored: GOV.UK Frontend is
// written with physical sides (left, right), which rtlcss swaps. Our own rules
// use logical properties, which need no swapping.
await writeFile(
  path.join(out, "site.rtl.css"),
  `${CHARSET}${fontFaces}\n${rtlcss.process(siteCss)}`,
);
await writeFile(path.join(out, "print.css"), `${CHARSET}${compile("print.scss")}`);
await buildScripts();
console.log(`Front end built into ${path.relative(root, out)}`);
