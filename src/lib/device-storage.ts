// The browser's localStorage for what this course keeps on the device (progress, reading settings,
// a student's unsent work), or undefined where there is none or it is blocked (no browser, private
// modes, storage turned off). Callers treat its absence, and its errors, as "nothing kept".
export type DeviceStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function deviceStorage(): DeviceStore | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
