// A Storage stand-in kept in a Map, for tests of what the app keeps in localStorage.
export function memoryStore() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}
