// Modules that Vite plugins of this project make up.

declare module 'virtual:timeline-island' {
	/** The address of the timeline page's own script (src/lib/island/build-plugin.ts). */
	const src: string;
	export default src;
}
