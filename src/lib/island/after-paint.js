// Starts a page's own script (the <link rel="modulepreload" id="island-script"> in its head) once
// the whole page has been read and then painted: fetched and compiled meanwhile, it no longer runs
// between the parser and the first frame on a slow phone (bench/timeline), nor before the parts it
// brings to life are all there (the first frame can come before the footer is read).
// src/routes/timeline writes this into the head; svelte.config.js allows exactly this text by its
// hash.
(function () {
	const link = document.getElementById('island-script');
	const src = link && link.getAttribute('href');
	if (!src) return;
	const start = function () {
		requestAnimationFrame(function () {
			setTimeout(function () {
				import(src);
			}, 0);
		});
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
