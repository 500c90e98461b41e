// The after-paint loader (after-paint.js) as the <script> element the timeline's head carries.
// svelte.config.js allows exactly this text by its hash in the Content-Security-Policy.
import source from './after-paint.js?raw';

export const afterPaintScript = `<script>${source}</script>`;
