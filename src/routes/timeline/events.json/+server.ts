// The timeline's events and lessons as JSON, written at build time. The timeline page's own script
// fetches it to draw the chart, so the page itself carries the events once, as readable HTML.
import { json } from '@sveltejs/kit';
import { timelineItems, timelineLessons } from '$lib/server/timeline-items';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json({ items: timelineItems, lessons: timelineLessons });
