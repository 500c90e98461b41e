// The pre-paint script (before-paint.js) as the <script> element every page's head carries.
// svelte.config.js allows exactly this text by its hash in the Content-Security-Policy.
import source from './before-paint.js?raw';

export const beforePaintScript = `<script>${source}</script>`;
