// The lesson slugs in course order: a contract from PRODUCT.md that routes and links rely on.
export const LESSON_SLUGS = [
	'introduction',
	'soviet-afghan-war',
	'designation-2003',
	'takeover-2021',
	'isis-k',
	'delisting-2025',
	'reading-the-sources'
];
