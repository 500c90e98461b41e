// Starts a page's own script (the <link rel="modulepreload" id="island-script"> in its head) only
// once the page has been painted: fetched and compiled meanwhile, it no longer runs between the
// parser and the first frame on a slow phone (bench/timeline). src/routes/timeline writes this
// into the head; svelte.config.js allows exactly this text by its hash.
(function () {
	const link = document.getElementById('island-script');
	const src = link && link.getAttribute('href');
	if (!src) return;
	requestAnimationFrame(function () {
		setTimeout(function () {
			import(src);
		}, 0);
	});
})();
