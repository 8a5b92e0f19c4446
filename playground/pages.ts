/// <reference path="./inline.d.ts" />
// The two pages that show the view: the playground (an editor, the library bundled in) and the page
// `khabar --html` writes for one article. Each is one HTML file with its style and script inline.
import type { Extraction } from '../src/index';
import articleScript from './article-script.ts?inline';
import css from './page.css?inline';
import { escapeHtml, renderDocument, renderView } from './render';

/** One article's text and extraction as a page that needs nothing else (no network, no library). */
export function articlePage(title: string, text: string, result: Extraction): string {
  const body =
    `<header class="k-header"><h1><bdi>${escapeHtml(title)}</bdi></h1><p>What khabar found in this article.</p></header>` +
    `<main class="khabar" id="k-root">${renderView(text, result)}</main>`;
  return renderDocument({ title: `${title}: khabar`, css, body, script: articleScript });
}

/** The playground with `fixtures` to pick from; `appScript` is the bundled app (library included). */
export function playgroundPage(fixtures: { name: string; text: string }[], appScript: string): string {
  // `<` escaped: the article texts may hold anything, but the JSON must not end its script element.
  const fixturesJson = JSON.stringify(fixtures).replace(/</g, '\\u003c');
  const body =
    `<header class="k-header"><h1>khabar <span lang="ar">خبر</span> playground</h1>` +
    `<p>People, places, organizations, figures and dates in Arabic news text, read in your browser: nothing leaves this page.</p></header>` +
    `<main class="khabar" id="k-root">` +
    `<div class="k-controls">` +
    `<label>Article <select id="k-fixture"></select></label>` +
    `<label>Reference date <input type="date" id="k-reference"></label>` +
    `<output id="k-timing" aria-live="polite"></output>` +
    `</div>` +
    `<label class="k-input-label" for="k-input">Text (edit it, or paste any Arabic news text)</label>` +
    `<textarea id="k-input" dir="rtl" lang="ar" rows="5" spellcheck="false"></textarea>` +
    `<div id="k-view"></div>` +
    `</main>` +
    `<script type="application/json" id="k-fixtures">${fixturesJson}</script>`;
  return renderDocument({ title: 'khabar playground', css, body, script: appScript });
}
